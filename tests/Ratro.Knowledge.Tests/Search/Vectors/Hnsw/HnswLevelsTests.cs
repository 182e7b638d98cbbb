using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Tests.Search.Vectors.Hnsw;

public sealed class HnswLevelsTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void Levels_fall_off_by_a_factor_of_m_and_depend_only_on_seed_and_node(int m)
    {
        var factor = 1 / Math.Log(m);
        var levels = Enumerable.Range(0, 200_000).Select(node => HnswLevels.Of(7, node, factor)).ToArray();

        var aboveBottom = levels.Count(l => l >= 1) / (double)levels.Length;
        var aboveFirst = levels.Count(l => l >= 2) / (double)levels.Count(l => l >= 1);
        Assert.InRange(aboveBottom, 0.9 / m, 1.1 / m);
        Assert.InRange(aboveFirst, 0.8 / m, 1.2 / m);
        Assert.Equal(levels[12345], HnswLevels.Of(7, 12345, factor));
        Assert.NotEqual(levels.Take(5000), Enumerable.Range(0, 5000).Select(node => HnswLevels.Of(8, node, factor)));
    }
}
