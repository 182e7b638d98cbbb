using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Writing;

/// <summary>A write the cluster only partly accepts fails loudly, names the rejected documents, and goes no further.</summary>
public sealed class BulkFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string PartlyRejected = """
        {"took":5,"errors":true,"items":[
          {"index":{"_index":"ratro-clauses-00000000000000000","_id":"5d1c7a52-0000-4000-8000-000100000000","_version":1,"result":"created","status":201}},
          {"index":{"_index":"ratro-clauses-00000000000000000","_id":"5d1c7a52-0000-4000-8000-000100000001","status":400,
            "error":{"type":"document_parsing_exception","reason":"[1:120] failed to parse field [year] of type [integer]",
                     "caused_by":{"type":"number_format_exception","reason":"For input string: \"20x9\""}}}},
          {"index":{"_index":"ratro-clauses-00000000000000000","_id":"5d1c7a52-0000-4000-8000-000100000002","status":429,
            "error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}}}
        ]}
        """;

    [Fact]
    public async Task Rejected_items_fail_the_replace_with_their_ids_and_reasons_and_nothing_is_deleted()
    {
        var cluster = new FakeCluster
        {
            Override = r => r.PathOnly.EndsWith("/_bulk", StringComparison.Ordinal) ? CannedResponse.Ok(PartlyRejected) : null,
        };
        await using var engine = TestEngine.Create(cluster);
        var nrb = KnownDocuments.Nrb();

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.ReplaceDocumentAsync(nrb.Canonical, [nrb], Ct));

        Assert.Contains("rejected 2 of 3 documents", error.Message);
        Assert.Contains("5d1c7a52-0000-4000-8000-000100000001: HTTP 400 document_parsing_exception", error.Message);
        Assert.Contains("number_format_exception", error.Message);
        Assert.Contains("5d1c7a52-0000-4000-8000-000100000002: HTTP 429 es_rejected_execution_exception", error.Message);
        Assert.DoesNotContain(cluster.Work, r => r.PathOnly.EndsWith("/_delete_by_query", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documents_a_delete_by_query_could_not_delete_fail_the_delete()
    {
        var cluster = new FakeCluster
        {
            Override = r => r.PathOnly.EndsWith("/_delete_by_query", StringComparison.Ordinal)
                ? CannedResponse.Ok("""
                    {"took":9,"timed_out":false,"total":2,"deleted":1,"batches":1,"version_conflicts":0,"noops":0,"retries":{"bulk":0,"search":0},
                     "failures":[{"index":"ratro-clauses-00000000000000000","id":"5d1c7a52-0000-4000-8000-000100000002","status":503,
                                  "cause":{"type":"unavailable_shards_exception","reason":"primary shard is not active"}}]}
                    """)
                : null,
        };
        await using var engine = TestEngine.Create(cluster);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.DeleteDocumentAsync("СанПиН 2.6.1.2523-09", Ct));

        Assert.Contains("1 documents were not deleted", error.Message);
        Assert.Contains("unavailable_shards_exception", error.Message);
    }

    [Fact]
    public async Task Large_writes_are_split_into_bulk_requests_of_the_configured_size()
    {
        var cluster = new FakeCluster();
        await using var engine = TestEngine.Create(cluster, new ElasticsearchOptions { Url = "http://localhost:9200", BulkBatchSize = 2 });
        var nrb = KnownDocuments.Nrb();

        await engine.ReplaceDocumentAsync(nrb.Canonical, [nrb], Ct);

        var bulks = cluster.Work.Where(r => r.PathOnly.EndsWith("/_bulk", StringComparison.Ordinal)).ToList();
        Assert.Equal([4, 2], bulks.Select(b => b.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).ToList());
        Assert.All(bulks, b => Assert.Equal("wait_for", b.Parameters["refresh"]));
    }
}
