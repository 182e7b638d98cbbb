using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>Supersession chains of corpus documents: predecessors, successors, partial ones marked, the current document.</summary>
public sealed class SupersessionChainTests
{
    [Theory]
    [InlineData("сп_2_6_1_758_99.md", "санпин_2_6_1_2523_09.md", "НРБ-99", "СП 2.6.1.758-99", "СанПиН 2.6.1.2523-09", "2009-09-01")]
    [InlineData("aapm_tg_21.md", "aapm_tg_51.md", "TG-21", "AAPM TG-21", "AAPM TG-51", null)]
    public async Task A_superseded_document_leads_to_its_successor(string oldFile, string newFile, string typed, string predecessor, string successor, string? from)
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestCorpusAsync(oldFile, newFile);
        var chains = graph.Get<SupersessionChains>();

        var fromOld = await chains.WalkAsync(await graph.HeldAsync(typed), GraphHarness.Ct);
        var fromNew = await chains.WalkAsync(await graph.HeldAsync(successor), GraphHarness.Ct);

        var link = Assert.Single(fromOld.Successors);
        Assert.Equal((successor, predecessor, false), (link.Successor.Canonical, link.Predecessor.Canonical, link.Partial));
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), link.On);
        Assert.Empty(fromOld.Predecessors);
        Assert.Equal((successor, true), (fromOld.Current.Canonical, fromOld.Current.IsHeld));
        Assert.Equal(predecessor, Assert.Single(fromNew.Predecessors).Predecessor.Canonical);
        Assert.Equal(successor, fromNew.Current.Canonical);
    }

    [Fact]
    public async Task A_partial_supersession_is_marked_and_does_not_replace_the_document()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestCorpusAsync("aapm_tg_40.md", "aapm_tg_142.md");

        var chain = await graph.Get<SupersessionChains>().WalkAsync(await graph.HeldAsync("AAPM TG-40"), GraphHarness.Ct);

        var link = Assert.Single(chain.Successors);
        Assert.Equal(("AAPM TG-142", true, "table:ii"), (link.Successor.Canonical, link.Partial, link.TargetClause));
        Assert.Equal("AAPM TG-40", chain.Current.Canonical);
    }

    [Fact]
    public async Task A_chain_runs_through_several_documents_and_stubs()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("a.md", GraphDocuments.Markdown("СанПиН 9.9.9.1-01", "approved: 2001-03-01\nstatus: superseded"));
        await graph.IngestAsync("b.md", GraphDocuments.Markdown("СанПиН 9.9.9.2-05", "approved: 2005-03-01\nstatus: superseded\nrelations:\n  - {type: supersedes, target: \"СанПиН 9.9.9.1-01\", effective: 2005-06-01}\n  - {type: supersedes, target: \"СанПиН 9.9.9.0-95\"}"));
        await graph.IngestAsync("c.md", GraphDocuments.Markdown("СанПиН 9.9.9.3-12", "effective: 2012-09-01\nrelations:\n  - {type: supersedes, target: \"СанПиН 9.9.9.2-05\"}"));

        var chain = await graph.Get<SupersessionChains>().WalkAsync(await graph.HeldAsync("СанПиН 9.9.9.2-05"), GraphHarness.Ct);

        Assert.Equal(
            [("СанПиН 9.9.9.2-05", "СанПиН 9.9.9.0-95", false, (DateOnly?)new DateOnly(2005, 3, 1)), ("СанПиН 9.9.9.2-05", "СанПиН 9.9.9.1-01", true, new DateOnly(2005, 6, 1))],
            chain.Predecessors.Select(l => (l.Successor.Canonical, l.Predecessor.Canonical, l.Predecessor.IsHeld, l.On)).OrderBy(l => l.Item2, StringComparer.Ordinal));
        var successor = Assert.Single(chain.Successors);
        Assert.Equal(("СанПиН 9.9.9.3-12", new DateOnly(2012, 9, 1), false), (successor.Successor.Canonical, successor.On!.Value, successor.Stated));
        Assert.Equal("СанПиН 9.9.9.3-12", chain.Current.Canonical);
    }
}
