namespace Ratro.Knowledge.Search;

/// <summary>
/// Reciprocal rank fusion: each ranking adds 1 / (k + rank) (rank from 1, repeats in a ranking ignored) to every item it holds; items are
/// returned best first, ties in order of first appearance. Scores of different retrievers need not be comparable.
/// </summary>
public static class RankFusion
{
    public const int DefaultK = 60;

    public static IReadOnlyList<(T Item, double Score)> Fuse<T>(IEnumerable<IReadOnlyList<T>> rankings, int k = DefaultK)
        where T : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = new Dictionary<T, (double Score, int First)>();
        var order = 0;
        foreach (var ranking in rankings)
        {
            var seen = new HashSet<T>();
            foreach (var item in ranking)
            {
                if (!seen.Add(item))
                {
                    continue;
                }

                var add = 1.0 / (k + seen.Count);
                scores[item] = scores.TryGetValue(item, out var current) ? (current.Score + add, current.First) : (add, order++);
            }
        }

        return scores
            .OrderByDescending(p => p.Value.Score)
            .ThenBy(p => p.Value.First)
            .Select(p => (p.Key, p.Value.Score))
            .ToList();
    }
}
