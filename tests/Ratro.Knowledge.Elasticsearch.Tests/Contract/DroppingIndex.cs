using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Contract;

/// <summary>An engine on a live cluster for one test: used as is, and on dispose its indices and template are deleted.</summary>
public sealed class DroppingIndex(ElasticsearchSearchIndex engine) : ISearchIndex
{
    public ElasticsearchSearchIndex Engine => engine;

    public string EngineName => engine.EngineName;

    public SearchEngineHealth Health => engine.Health;

    public Task ReplaceDocumentAsync(string canonical, IReadOnlyList<NormativeDocument> editions, CancellationToken cancellationToken) =>
        engine.ReplaceDocumentAsync(canonical, editions, cancellationToken);

    public Task DeleteDocumentAsync(string canonical, CancellationToken cancellationToken) => engine.DeleteDocumentAsync(canonical, cancellationToken);

    public Task<RebuildReport> RebuildAsync(IAsyncEnumerable<NormativeDocument> editions, CancellationToken cancellationToken) =>
        engine.RebuildAsync(editions, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => engine.SearchAsync(query, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await engine.DropAsync(CancellationToken.None);
        }
        finally
        {
            await engine.DisposeAsync();
        }
    }
}
