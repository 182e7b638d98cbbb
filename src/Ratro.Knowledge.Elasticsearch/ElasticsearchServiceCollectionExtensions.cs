using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch;

public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Elasticsearch engine (<see cref="ElasticsearchEngineFactory"/>, options <c>Search:Elasticsearch</c>
    /// checked at start when <c>Search:Engine</c> is <c>elasticsearch</c>). Configuration alone then chooses the engine:
    /// <c>Search:Engine=elasticsearch</c>. Call it beside <c>AddRatroKnowledge</c>.
    /// </summary>
    public static IServiceCollection AddRatroElasticsearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>();
        services.AddSingleton<ISearchEngineFactory, ElasticsearchEngineFactory>();
        return services;
    }
}
