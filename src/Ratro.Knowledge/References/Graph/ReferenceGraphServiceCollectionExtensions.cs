using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratro.Knowledge.References.Graph.Validity;

namespace Ratro.Knowledge.References.Graph;

public static class ReferenceGraphServiceCollectionExtensions
{
    /// <summary>The reference graph over the store: resolution, references, stubs, supersession chains, status over time.</summary>
    public static IServiceCollection AddRatroReferenceGraph(this IServiceCollection services)
    {
        services.TryAddSingleton<GraphStore>();
        services.TryAddSingleton<EndpointResolver>();
        services.TryAddSingleton<ReferenceGraph>();
        services.TryAddSingleton<StubCatalog>();
        services.TryAddSingleton<SupersessionChains>();
        services.TryAddSingleton<SupersessionNeighbors>();
        services.TryAddSingleton<StatusTimeline>();
        return services;
    }
}
