using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>What the Lucene engine is made of, built once at start: analysis, mapping, query building, designation recognition, embeddings.</summary>
public sealed class LuceneEngineParts
{
    public LuceneEngineParts(
        LuceneSearchOptions options,
        SearchOptions searchOptions,
        IValidityResolver validity,
        IQueryDesignationRecognizer recognizer,
        Glossary.Glossary glossary,
        ClauseEmbedder? embedder,
        int dimensions,
        VectorSearchOptions? vectorOptions = null)
    {
        var warnings = new List<string>();
        var morphology = RussianMorphology.TryLoad(options.RussianDictionary, out var problem);
        if (problem is not null)
        {
            warnings.Add(problem);
        }

        if (glossary.Problem is not null)
        {
            warnings.Add(glossary.Problem);
        }

        Options = options;
        SearchOptions = searchOptions;
        Analyzers = new SearchAnalyzers(morphology);
        Mapper = new SearchDocumentMapper(validity);
        Recognizer = recognizer;
        Expander = glossary.Terms.Count > 0 ? new GlossaryExpander(glossary, Analyzers.Terms) : null;
        QueryBuilder = new LuceneQueryBuilder(Analyzers, Expander);
        Embedder = embedder;
        Dimensions = dimensions;
        VectorOptions = vectorOptions ?? new VectorSearchOptions();
        Health = new SearchEngineHealth(
            "lucene",
            morphology is null ? "snowball" : $"hunspell ({morphology.Path}) with snowball fallback",
            Expander?.TermCount ?? 0,
            embedder?.Description ?? "none",
            warnings);
    }

    public LuceneSearchOptions Options { get; }

    public SearchOptions SearchOptions { get; }

    public SearchAnalyzers Analyzers { get; }

    public SearchDocumentMapper Mapper { get; }

    public IQueryDesignationRecognizer Recognizer { get; }

    public GlossaryExpander? Expander { get; }

    public LuceneQueryBuilder QueryBuilder { get; }

    public ClauseEmbedder? Embedder { get; }

    public int Dimensions { get; }

    /// <summary>How the clause vectors are searched (exact scan or HNSW graph).</summary>
    public VectorSearchOptions VectorOptions { get; }

    public SearchEngineHealth Health { get; }
}
