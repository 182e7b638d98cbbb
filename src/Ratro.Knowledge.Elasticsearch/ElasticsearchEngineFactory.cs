using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch;

/// <summary>Creates the Elasticsearch engine from <c>Search:Elasticsearch</c> and the shared search settings; nothing is sent to the cluster until first use.</summary>
public sealed class ElasticsearchEngineFactory : ISearchEngineFactory
{
    public const string EngineName = "elasticsearch";

    public string Name => EngineName;

    public ISearchIndex Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
        var searchOptions = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var embeddingOptions = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        var glossary = GlossaryLoader.Load(Path.GetFullPath(searchOptions.GlossaryPath, contentRoot));
        var generator = services.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embedder = generator is null ? null : new ClauseEmbedder(generator, embeddingOptions);
        var dimensions = generator is null ? 0 : EmbeddingDimensions.Of(generator, embedder!, embeddingOptions);
        var parts = new ElasticsearchEngineParts(
            options,
            searchOptions,
            services.GetRequiredService<IValidityResolver>(),
            services.GetRequiredService<IQueryDesignationRecognizer>(),
            glossary,
            embedder,
            dimensions,
            services.GetService<TimeProvider>() ?? TimeProvider.System);
        var server = new ServerCalls(ElasticsearchClientFactory.Create(options), options);
        return new ElasticsearchSearchIndex(parts, server, services.GetRequiredService<ILoggerFactory>().CreateLogger<ElasticsearchSearchIndex>());
    }
}
