using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search;

public sealed class RankFusionTests
{
    [Fact]
    public void Scores_are_sums_of_reciprocal_ranks()
    {
        var fused = RankFusion.Fuse([["a", "b", "c"], ["c", "a"]], k: 60);

        Assert.Equal(["a", "c", "b"], fused.Select(f => f.Item).ToList());
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 12);
        Assert.Equal(1.0 / 63 + 1.0 / 61, fused[1].Score, 12);
        Assert.Equal(1.0 / 62, fused[2].Score, 12);
    }

    [Fact]
    public void An_item_in_both_lists_beats_the_top_of_one()
    {
        var fused = RankFusion.Fuse([["x", "both"], ["y", "both"]]);

        Assert.Equal("both", fused[0].Item);
    }

    [Fact]
    public void Ties_keep_the_order_of_first_appearance_and_duplicates_count_once()
    {
        var fused = RankFusion.Fuse([["p", "p", "q"], ["q", "p"]]);

        Assert.Equal(["p", "q"], fused.Select(f => f.Item).ToList());
        Assert.Equal(fused[0].Score, fused[1].Score, 12);
    }

    [Fact]
    public void Empty_rankings_fuse_to_nothing()
    {
        Assert.Empty(RankFusion.Fuse(new List<IReadOnlyList<int>> { Array.Empty<int>(), Array.Empty<int>() }));
    }
}
