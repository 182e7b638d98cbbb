using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Creates the embedded Lucene engine in the data directory's <c>index/lucene</c> (or <c>Search:Lucene:IndexDirectory</c>).</summary>
public sealed class LuceneSearchEngineFactory : ISearchEngineFactory
{
    public const string EngineName = "lucene";

    public string Name => EngineName;

    public ISearchIndex Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LuceneSearchOptions>>().Value;
        var searchOptions = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var embeddingOptions = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        var root = options.IndexDirectory ?? Path.Combine(services.GetRequiredService<DataDirectory>().IndexPath, "lucene");
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        var glossary = GlossaryLoader.Load(Path.GetFullPath(searchOptions.GlossaryPath, contentRoot));
        var generator = services.GetService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embedder = generator is null ? null : new ClauseEmbedder(generator, embeddingOptions);
        var dimensions = generator is null ? 0 : EmbeddingDimensions.Of(generator, embedder!, embeddingOptions);
        var parts = new LuceneEngineParts(
            options,
            searchOptions,
            services.GetRequiredService<IValidityResolver>(),
            services.GetRequiredService<IQueryDesignationRecognizer>(),
            glossary,
            embedder,
            dimensions,
            services.GetRequiredService<IOptions<VectorSearchOptions>>().Value);
        return new LuceneSearchIndex(root, parts, services.GetRequiredService<ILoggerFactory>().CreateLogger<LuceneSearchIndex>());
    }
}
