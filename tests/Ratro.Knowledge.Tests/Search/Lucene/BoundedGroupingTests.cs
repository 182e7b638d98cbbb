using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Grouping editions into documents while ordering only the best groups: the same groups and order as a full grouping.</summary>
public sealed class BoundedGroupingTests
{
    [Fact]
    public void A_document_appears_once_showing_its_current_edition_and_scored_by_its_best()
    {
        var current = Ranked(SampleEditions.Edition("gost-1", true), 1.0);
        var older = Ranked(SampleEditions.Edition("gost-1", false), 3.0);
        var other = Ranked(SampleEditions.Edition("gost-2", false), 2.0);
        var third = Ranked(SampleEditions.Edition("gost-3", true), 0.5);

        var groups = BoundedGrouping.Group([current, older, other, third], SearchSort.Relevance, 2);

        Assert.Equal(3, groups.Total);
        Assert.Equal(["gost-1", "gost-2"], groups.Top.Select(g => g.Shown.Edition.Canonical));
        Assert.Same(current, groups.Top[0].Shown);
        Assert.Equal([older], groups.Top[0].Others);
        Assert.Equal(3.0, groups.Top[0].Score);
        Assert.Equal(["gost-1", "gost-2", "gost-3"], groups.Shown.Select(e => e.Canonical));
        Assert.Same(current.Edition, groups.Shown[0]);
    }

    [Theory]
    [InlineData(SearchSort.Relevance, 0)]
    [InlineData(SearchSort.Relevance, 1)]
    [InlineData(SearchSort.Relevance, 10)]
    [InlineData(SearchSort.Relevance, 1000)]
    [InlineData(SearchSort.Date, 7)]
    [InlineData(SearchSort.Date, 1000)]
    [InlineData(SearchSort.Designation, 12)]
    [InlineData(SearchSort.Designation, 1000)]
    public void The_best_groups_are_those_a_full_grouping_puts_first(SearchSort sort, int take)
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            var ranked = SampleEditions.Generate(seed, 120).Select(e => Ranked(e, random.Next(0, 6) * 0.5)).ToList();

            var full = EditionGrouping.Group(ranked, r => r.Edition, r => r.Score, sort);
            var bounded = BoundedGrouping.Group(ranked, sort, take);

            Assert.Equal(full.Count, bounded.Total);
            Assert.Equal(
                full.Select(g => g.Shown.Edition.Key).Order(),
                bounded.Shown.Select(e => e.Key).Order());
            var expected = full.Take(take).ToList();
            Assert.Equal(expected.Count, bounded.Top.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i].Shown, bounded.Top[i].Shown);
                Assert.Equal(expected[i].Others, bounded.Top[i].Others);
                Assert.Equal(expected[i].Score, bounded.Top[i].Score);
            }
        }
    }

    private static RankedEdition Ranked(EditionInfo edition, double score) => new(edition, score, []);
}
