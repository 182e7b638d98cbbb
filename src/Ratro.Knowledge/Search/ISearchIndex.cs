using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// The search index of the store's documents, whatever engine holds it. The store stays the source of truth:
/// the index is a projection that can be rebuilt at any time. Hits carry ids and scores; callers load the
/// records they show from the store.
/// </summary>
public interface ISearchIndex : IAsyncDisposable
{
    /// <summary>The engine's name as configured (<c>lucene</c>, <c>elasticsearch</c>).</summary>
    string EngineName { get; }

    /// <summary>What works and what was degraded at start (dictionary missing, embeddings off …).</summary>
    SearchEngineHealth Health { get; }

    /// <summary>Replaces everything indexed for a canonical designation with these editions (all of them).</summary>
    Task ReplaceDocumentAsync(string canonical, IReadOnlyList<NormativeDocument> editions, CancellationToken cancellationToken);

    /// <summary>Removes every edition of a document; it is gone from results and facets after this returns.</summary>
    Task DeleteDocumentAsync(string canonical, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a fresh index from every edition (editions of one document should arrive together, as
    /// <c>DocumentStore.StreamAllAsync</c> yields them) and swaps it in atomically; searches keep using the
    /// previous index until the swap.
    /// </summary>
    Task<RebuildReport> RebuildAsync(IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken);

    /// <summary>Runs a query. Throws <see cref="SearchQueryException"/> for a query that cannot be run, with a reason a person can read.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
