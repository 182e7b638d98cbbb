using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Corpus.Seeding;

namespace Ratro.Knowledge.Corpus;

public static class CorpusServiceCollectionExtensions
{
    public static IServiceCollection AddRatroCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection("Corpus"));
        services.AddSingleton<CorpusSeeder>();
        return services;
    }
}
