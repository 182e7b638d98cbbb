using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Runs a query over the segments of an index into a match collector. When only some editions are allowed (filters,
/// access level, older editions), only their documents are scored (<see cref="EditionRanges.Accepted"/>) instead of
/// scoring every match and dropping the ones the collector does not allow.
/// </summary>
internal static class SegmentSearch
{
    public static MatchCollector Collect(IndexSearcher searcher, Query query, MatchCollector collector, IReadOnlyList<IBits>? accepted)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, accepted?[leaf.Ord] ?? leaf.AtomicReader.LiveDocs)?.Score(collector);
        }

        return collector;
    }
}
