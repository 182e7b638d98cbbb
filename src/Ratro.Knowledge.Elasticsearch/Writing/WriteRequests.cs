using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Querying;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>The requests that remove documents and swap indices.</summary>
public static class WriteRequests
{
    /// <summary>
    /// Every index document of a document except those of the given write batch (none: all of them). Delete by query
    /// cannot wait for a refresh, so it forces one: the documents are gone from searches when the call returns.
    /// Version conflicts mean a concurrent write replaced a document already; they are skipped, not fatal.
    /// </summary>
    public static DeleteByQueryRequest DeleteDocument(string index, string canonical, string? keepBatch)
    {
        var query = new BoolQuery { Filter = [Dsl.Term(IndexFields.Canonical, canonical)] };
        if (keepBatch is not null)
        {
            query.MustNot = [Dsl.Term(IndexFields.Batch, keepBatch)];
        }

        return new DeleteByQueryRequest(index) { Query = query, Refresh = true, Conflicts = Conflicts.Proceed };
    }

    /// <summary>One atomic alias change: the alias leaves every old index and points at the new one.</summary>
    public static UpdateAliasesRequest SwapAlias(string alias, IReadOnlyList<string> oldIndices, string newIndex)
    {
        var actions = oldIndices
            .Select(old => new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = old, Alias = alias, MustExist = true } })
            .ToList();
        actions.Add(new IndexUpdateAliasesAction { Add = new AddAction { Index = newIndex, Alias = alias } });
        return new UpdateAliasesRequest { Actions = actions };
    }

    /// <summary>A concrete index for a rebuild: from the template, not refreshed while it fills.</summary>
    public static CreateIndexRequest CreateForRebuild(string index) =>
        new(index) { Settings = new IndexSettings { RefreshInterval = Duration.MinusOne } };

    /// <summary>The first concrete index, created with the alias in one step.</summary>
    public static CreateIndexRequest CreateInitial(IndexNames names) =>
        new(names.Initial) { Aliases = new Dictionary<Name, Alias> { [names.Alias] = new Alias() } };

    /// <summary>Back to the default refresh after a rebuild filled the index.</summary>
    public static PutIndicesSettingsRequest ResumeRefresh(string index) =>
        new(index, new IndexSettings { RefreshInterval = new Duration("1s") });
}
