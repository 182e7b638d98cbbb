using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Everything the CLI and the web share: store, ingestion, references, search, editing, answers.</summary>
    public static IServiceCollection AddRatroKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRatroStorage(configuration);
        services.AddRatroIngestion(configuration);
        services.AddRatroCorpus(configuration);
        services.AddRatroReferenceGraph();
        services.AddRatroSearch(configuration);
        services.AddRatroAnswers(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DocumentEditor>();
        return services;
    }
}
