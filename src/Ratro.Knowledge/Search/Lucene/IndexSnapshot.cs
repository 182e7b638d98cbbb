using System.Collections.Concurrent;
using Ratro.Knowledge.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// One readable version of the index: a reader, its searcher (BM25), the edition table read from it, its words and the
/// vectors of the same generation. Reference counted through the reader, so a search in progress keeps its
/// version alive while a newer one is swapped in.
/// </summary>
public sealed class IndexSnapshot
{
    private readonly ConcurrentDictionary<(AccessLevel, bool, bool), IReadOnlyDictionary<long, EditionInfo>> visible = new();
    private readonly Lazy<EditionRanges?> ranges;

    private IndexSnapshot(DirectoryReader? reader, EditionTable editions, QuantizedVectorStore? vectors, string generation)
    {
        Reader = reader;
        Searcher = reader is null ? null : new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Spelling = reader is null ? null : new SpellingVocabulary(reader);
        Editions = editions;
        Vectors = vectors;
        Generation = generation;
        ranges = new Lazy<EditionRanges?>(() => reader is null ? null : new EditionRanges(reader));
    }

    public DirectoryReader? Reader { get; }

    public IndexSearcher? Searcher { get; }

    public EditionTable Editions { get; }

    /// <summary>The indexed words, for misspelled query words (built on first use).</summary>
    public SpellingVocabulary? Spelling { get; }

    public QuantizedVectorStore? Vectors { get; }

    public string Generation { get; }

    public static IndexSnapshot Open(DirectoryReader? reader, QuantizedVectorStore? vectors, string generation) =>
        new(reader, reader is null ? EditionTable.Empty : EditionTable.Read(new IndexSearcher(reader)), vectors, generation);

    /// <summary>Where each edition's documents lie (read on first use).</summary>
    public EditionRanges? Ranges => ranges.Value;

    /// <summary>The editions a caller with this access level may see (drafts only when asked, older editions only when asked), by key; built once per version.</summary>
    public IReadOnlyDictionary<long, EditionInfo> Visible(AccessLevel access, bool includeDrafts, bool currentEditionsOnly) =>
        visible.GetOrAdd((access, includeDrafts, currentEditionsOnly), k => Editions.All
            .Where(e => EditionFilter.Visible(e, k.Item1, k.Item2, k.Item3))
            .ToDictionary(e => e.Key));

    public bool TryAcquire() => Reader is null || Reader.TryIncRef();

    public void Release() => Reader?.DecRef();
}
