using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Where each edition's Lucene documents lie: an edition and its clauses are indexed as one block, so they are one run
/// of document numbers in one segment. Read once per index version; turns a set of allowed editions into the documents
/// a search may score (<see cref="Accepted"/>), so that filtered searches do not score clauses they would drop.
/// </summary>
public sealed class EditionRanges
{
    private readonly Dictionary<long, List<(int Leaf, int Start, int End)>> runs = [];
    private readonly IList<AtomicReaderContext> leaves;

    public EditionRanges(IndexReader reader)
    {
        leaves = reader.Leaves;
        foreach (var leaf in leaves)
        {
            if (SegmentKeys.Of(leaf.AtomicReader).Editions is not { } keys)
            {
                continue;
            }

            var maxDoc = leaf.AtomicReader.MaxDoc;
            var start = 0;
            for (var doc = 1; doc <= maxDoc; doc++)
            {
                if (doc < maxDoc && keys[doc] == keys[start])
                {
                    continue;
                }

                var key = keys[start];
                if (!runs.TryGetValue(key, out var list))
                {
                    runs[key] = list = [];
                }

                list.Add((leaf.Ord, start, doc));
                start = doc;
            }
        }
    }

    /// <summary>Per segment (by its ordinal), the live documents of the allowed editions.</summary>
    public IReadOnlyList<IBits> Accepted(IEnumerable<long> allowed)
    {
        var sets = leaves.Select(l => new FixedBitSet(l.AtomicReader.MaxDoc)).ToArray();
        foreach (var key in allowed)
        {
            if (runs.TryGetValue(key, out var list))
            {
                foreach (var (leaf, start, end) in list)
                {
                    sets[leaf].Set(start, end);
                }
            }
        }

        return sets.Select((set, i) => leaves[i].AtomicReader.LiveDocs is { } live ? new BothBits(set, live) : (IBits)set).ToList();
    }

    private sealed class BothBits(IBits first, IBits second) : IBits
    {
        public int Length => first.Length;

        public bool Get(int index) => first.Get(index) && second.Get(index);
    }
}
