using Ratro.Knowledge.Elasticsearch.Tests.Support;

namespace Ratro.Knowledge.Elasticsearch.Tests.Writing;

/// <summary>The write requests — bulk, delete by query, the rebuild's index, alias swap and clean-up — compared with golden requests.</summary>
public sealed class WriteGoldenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replace_indexes_in_bulk_waiting_for_refresh_then_deletes_older_batches()
    {
        var cluster = new FakeCluster();
        await using var engine = TestEngine.Create(cluster);
        var nrb = KnownDocuments.Nrb();

        await engine.ReplaceDocumentAsync(nrb.Canonical, [nrb], Ct);

        Assert.Equal(2, cluster.Work.Count);
        Golden.AssertMatches("write-bulk-replace", cluster.Work[0]);
        Golden.AssertMatches("write-delete-older-batches", cluster.Work[1]);
    }

    [Fact]
    public async Task Delete_removes_every_document_of_the_canonical_designation()
    {
        var cluster = new FakeCluster();
        await using var engine = TestEngine.Create(cluster);

        await engine.DeleteDocumentAsync("СанПиН 2.6.1.2523-09", Ct);

        Golden.AssertMatches("write-delete-document", Assert.Single(cluster.Work));
    }

    [Fact]
    public async Task Rebuild_fills_a_new_index_swaps_the_alias_in_one_call_and_deletes_the_old_index()
    {
        var cluster = new FakeCluster();
        await using var engine = TestEngine.Create(cluster);

        var report = await engine.RebuildAsync(new[] { KnownDocuments.Nrb(), KnownDocuments.Iec() }.ToAsyncEnumerable(), Ct);

        Assert.Equal((2, 2, 3), (report.Documents, report.Editions, report.Clauses));
        var work = cluster.Work;
        Assert.Equal(
            ["PUT /ratro-clauses-20250314092653589", "POST /ratro-clauses-20250314092653589/_bulk", "PUT /ratro-clauses-20250314092653589/_settings",
             "POST /ratro-clauses-20250314092653589/_refresh", "POST /_aliases", "DELETE /ratro-clauses-00000000000000000"],
            work.Select(r => $"{r.Method} {r.PathOnly}").ToList());
        Golden.AssertMatches("rebuild-create-index", work[0]);
        Golden.AssertMatches("rebuild-bulk", work[1]);
        Golden.AssertMatches("rebuild-resume-refresh", work[2]);
        Golden.AssertMatches("rebuild-alias-swap", work[4]);
    }
}
