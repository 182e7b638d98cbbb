using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Corpus;

/// <summary>
/// Makes sure the search index holds what the store holds: when the index counts a different number of documents than
/// the store (a deleted or older index folder, a fresh Elasticsearch), it is rebuilt from the store before the site
/// takes requests. An unreachable engine is logged; the pages then explain that search is unavailable.
/// </summary>
public sealed class SearchIndexStartupCheck(DocumentStore store, ISearchIndex index, ILogger<SearchIndexStartupCheck> logger) : IStartupSeeder
{
    private static readonly SearchQuery Everything = new()
    {
        Access = AccessLevel.Restricted,
        IncludeDrafts = true,
        Limit = 1,
        ClausesPerDocument = 0,
    };

    public string Name => "search index";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stored = await store.CountDocumentsAsync(cancellationToken);
        int indexed;
        try
        {
            indexed = (await index.SearchAsync(Everything, cancellationToken)).Total;
        }
        catch (SearchEngineException e)
        {
            logger.LogError(e, "The search index cannot be read; search stays unavailable until it can");
            return;
        }

        if (indexed == stored)
        {
            return;
        }

        logger.LogWarning("The search index holds {Indexed} documents and the store {Stored}; rebuilding the index", indexed, stored);
        var report = await index.RebuildAsync(store.StreamAllWithClausesAsync(cancellationToken), cancellationToken);
        logger.LogInformation("Rebuilt the search index: {Documents} documents, {Clauses} clauses in {Elapsed}", report.Documents, report.Clauses, report.Elapsed);
    }
}
