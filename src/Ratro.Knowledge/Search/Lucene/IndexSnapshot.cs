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
    private IndexSnapshot(DirectoryReader? reader, EditionTable editions, QuantizedVectorStore? vectors, string generation)
    {
        Reader = reader;
        Searcher = reader is null ? null : new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Spelling = reader is null ? null : new SpellingVocabulary(reader);
        Editions = editions;
        Vectors = vectors;
        Generation = generation;
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

    public bool TryAcquire() => Reader is null || Reader.TryIncRef();

    public void Release() => Reader?.DecRef();
}
