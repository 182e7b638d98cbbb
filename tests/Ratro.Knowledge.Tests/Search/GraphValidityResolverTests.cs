using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.References.Graph;

namespace Ratro.Knowledge.Tests.Search;

/// <summary>
/// The "in force on" filter follows supersession: ingesting a successor re-projects its predecessor, whose validity now
/// ends when the successor takes effect, in whichever order the two arrive.
/// </summary>
public sealed class GraphValidityResolverTests
{
    private static readonly (string File, string Text)[] Documents =
    [
        ("old.md", GraphDocuments.Markdown("СанПиН 9.9.9.1-01", "effective: 2001-06-01\nstatus: superseded", Body("тормозное излучение ускорителя"))),
        ("new.md", GraphDocuments.Markdown("СанПиН 9.9.9.2-05", "effective: 2005-09-01\nrelations:\n  - {type: supersedes, target: \"СанПиН 9.9.9.1-01\"}", Body("тормозное излучение ускорителя"))),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_search_on_a_day_finds_the_edition_in_force_that_day(bool successorFirst)
    {
        await using var graph = await GraphHarness.StartAsync();
        foreach (var (file, text) in successorFirst ? Documents.Reverse() : Documents)
        {
            await graph.IngestAsync(file, text);
        }

        var before = await SearchAsync(graph, new DateOnly(2003, 1, 1));
        var handover = await SearchAsync(graph, new DateOnly(2005, 9, 1));
        var after = await SearchAsync(graph, new DateOnly(2010, 1, 1));
        var earliest = await SearchAsync(graph, new DateOnly(2000, 1, 1));

        Assert.Equal(["СанПиН 9.9.9.1-01"], before);
        Assert.Equal(["СанПиН 9.9.9.2-05"], handover);
        Assert.Equal(["СанПиН 9.9.9.2-05"], after);
        Assert.Empty(earliest);
    }

    [Fact]
    public async Task Without_its_successor_a_superseded_document_with_no_end_date_is_not_said_to_be_in_force()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync(Documents[0].File, Documents[0].Text);

        Assert.Empty(await SearchAsync(graph, new DateOnly(2003, 1, 1)));
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(GraphHarness graph, DateOnly day)
    {
        var results = await graph.Get<ISearchIndex>().SearchAsync(
            new SearchQuery { Text = "тормозное излучение", Filters = new SearchFilters { InForceOn = day } }, GraphHarness.Ct);
        return results.Hits.Select(h => h.Canonical).ToList();
    }

    private static string Body(string words) => $"# Правила\n\n## 1. Требования\n\n1.1. Защита от {words} обеспечивается экранами.\n";
}
