using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch;

/// <summary>
/// What the engine is made of, built once at start — the engine-neutral pieces it shares with the Lucene engine
/// (mapping, designation recognition, glossary expansion, embeddings) and its own names and options. Query words are
/// analyzed on this side with Snowball analysis only to find glossary terms and stop words, as the Lucene engine does;
/// the cluster's analyzers do the matching.
/// </summary>
public sealed class ElasticsearchEngineParts
{
    public ElasticsearchEngineParts(
        ElasticsearchOptions options,
        SearchOptions searchOptions,
        IValidityResolver validity,
        IQueryDesignationRecognizer recognizer,
        Glossary.Glossary glossary,
        ClauseEmbedder? embedder,
        int dimensions,
        TimeProvider time,
        Func<Guid>? newBatch = null)
    {
        var problems = ElasticsearchOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new SearchEngineException($"The Elasticsearch engine cannot start: {string.Join("; ", problems)}.");
        }

        Options = options;
        SearchOptions = searchOptions;
        Names = new IndexNames(options.IndexPrefix);
        Mapper = new SearchDocumentMapper(validity);
        Recognizer = recognizer;
        var analyzers = new SearchAnalyzers(null);
        Expander = glossary.Terms.Count > 0 ? new GlossaryExpander(glossary, analyzers.Terms) : null;
        Planner = new TextPlanner(analyzers, Expander);
        Embedder = embedder;
        Dimensions = embedder is null ? 0 : dimensions;
        Time = time;
        NewBatch = newBatch ?? Guid.NewGuid;
        GlossaryProblem = glossary.Problem;
    }

    public ElasticsearchOptions Options { get; }

    public SearchOptions SearchOptions { get; }

    public IndexNames Names { get; }

    public SearchDocumentMapper Mapper { get; }

    public IQueryDesignationRecognizer Recognizer { get; }

    public GlossaryExpander? Expander { get; }

    public TextPlanner Planner { get; }

    public ClauseEmbedder? Embedder { get; }

    /// <summary>Vector size of the embedding model; 0 without embeddings.</summary>
    public int Dimensions { get; }

    public TimeProvider Time { get; }

    /// <summary>Identifies a write batch (see <see cref="IndexedDocument.Batch"/>).</summary>
    public Func<Guid> NewBatch { get; }

    public string? GlossaryProblem { get; }
}
