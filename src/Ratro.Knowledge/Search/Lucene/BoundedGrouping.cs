namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Groups ranked editions into documents by the rule of <see cref="EditionGrouping"/> (shown: the current edition if
/// it matched, else the best; score: the best edition's; ties in the order the editions came), but orders only the
/// best <c>take</c> groups, through a bounded heap: the rest are counted and their shown editions kept for facets.
/// </summary>
internal static class BoundedGrouping
{
    public static BoundedGroups Group(IReadOnlyList<RankedEdition> editions, SearchSort sort, int take)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<int>();
        var best = new List<double>();
        var head = new List<int>();
        var last = new List<int>();
        var next = new int[editions.Count];
        for (var i = 0; i < editions.Count; i++)
        {
            var e = editions[i];
            next[i] = -1;
            if (!groupOf.TryGetValue(e.Edition.Canonical, out var g))
            {
                groupOf[e.Edition.Canonical] = shown.Count;
                shown.Add(i);
                best.Add(e.Score);
                head.Add(i);
                last.Add(i);
                continue;
            }

            next[last[g]] = i;
            last[g] = i;
            best[g] = Math.Max(best[g], e.Score);
            var current = editions[shown[g]];
            if (e.Edition.IsCurrentEdition != current.Edition.IsCurrentEdition ? e.Edition.IsCurrentEdition : e.Score > current.Score)
            {
                shown[g] = i;
            }
        }

        var order = new GroupOrder(sort, g => editions[shown[g]].Edition, g => best[g]);
        var top = Top(shown.Count, Math.Max(0, take), order)
            .Select(g => Build(editions, next, head[g], best[g]))
            .ToList();
        return new BoundedGroups(shown.Count, top, shown.Select(i => editions[i].Edition).ToList());
    }

    private static List<int> Top(int count, int take, GroupOrder order)
    {
        var heap = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => order.Compare(b, a)));
        for (var g = 0; g < count && take > 0; g++)
        {
            if (heap.Count < take)
            {
                heap.Enqueue(g, g);
            }
            else if (order.Compare(g, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(g, g);
            }
        }

        var top = new List<int>(heap.Count);
        while (heap.TryDequeue(out var g, out _))
        {
            top.Add(g);
        }

        top.Reverse();
        return top;
    }

    private static DocumentGroup Build(IReadOnlyList<RankedEdition> editions, int[] next, int first, double score)
    {
        var members = new List<RankedEdition>();
        for (var i = first; i >= 0; i = next[i])
        {
            members.Add(editions[i]);
        }

        var ordered = members.OrderByDescending(e => e.Edition.IsCurrentEdition).ThenByDescending(e => e.Score).ToList();
        return new DocumentGroup(ordered[0], ordered.Skip(1).ToList(), score);
    }
}
