using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Lucene;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Search: options (<c>Search</c>, <c>Search:Lucene</c>, <c>Search:Vectors</c>, <c>Embeddings</c>, validated at start), the engine chosen by
    /// <c>Search:Engine</c> among registered <see cref="ISearchEngineFactory"/>s, the seams (validity from the reference graph, designation
    /// recognition; replace them by registering your own first) and the updater that keeps the index in step with the store.
    /// </summary>
    public static IServiceCollection AddRatroSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection("Search")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LuceneSearchOptions>().Bind(configuration.GetSection("Search:Lucene")).ValidateOnStart();
        services.AddOptions<VectorSearchOptions>().Bind(configuration.GetSection("Search:Vectors")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VectorSearchOptions>, VectorSearchOptionsValidator>();
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection("Embeddings")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchEngineNameValidator>();
        services.AddRatroReferenceGraph();
        services.TryAddSingleton<IValidityResolver, GraphValidityResolver>();
        services.TryAddSingleton<IQueryDesignationRecognizer, CatalogDesignationRecognizer>();
        services.AddSingleton<ISearchEngineFactory, LuceneSearchEngineFactory>();
        if (!string.Equals(configuration["Embeddings:Provider"] ?? "none", "none", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton(sp => EmbeddingGeneratorFactory.Create(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value)!);
        }

        services.AddSingleton<ISearchIndex>(sp =>
        {
            var name = sp.GetRequiredService<IOptions<SearchOptions>>().Value.Engine;
            var factory = sp.GetServices<ISearchEngineFactory>().LastOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            return factory?.Create(sp) ?? throw new SearchEngineException($"Search:Engine '{name}' is not registered.");
        });
        services.AddSingleton<SearchIndexUpdater>();
        services.AddSingleton<IDocumentChangeListener>(sp => sp.GetRequiredService<SearchIndexUpdater>());
        return services;
    }
}
