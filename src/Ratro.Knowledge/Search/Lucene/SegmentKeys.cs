using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The edition key and clause key of every document of a segment, read from its doc values into arrays once per
/// segment (shared by every index version that still has the segment). A search reads both keys for each match,
/// and reading them from the doc values through the index input, per match, cost more than scoring the match.
/// </summary>
public sealed class SegmentKeys
{
    private static readonly ConditionalWeakTable<object, SegmentKeys> Segments = new();

    private SegmentKeys(long[]? editions, long[] clauses)
    {
        Editions = editions;
        Clauses = clauses;
    }

    /// <summary>Edition key by document number; null when the segment has no edition keys.</summary>
    public long[]? Editions { get; }

    /// <summary>Clause key by document number; 0 for edition documents.</summary>
    public long[] Clauses { get; }

    public static SegmentKeys Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static SegmentKeys Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var editionValues = reader.GetNumericDocValues(LuceneFields.EditionKey);
        var clauseValues = reader.GetNumericDocValues(LuceneFields.ClauseKey);
        var editions = editionValues is null ? null : new long[maxDoc];
        var clauses = new long[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (editions is not null)
            {
                editions[doc] = editionValues!.Get(doc);
            }

            clauses[doc] = clauseValues?.Get(doc) ?? 0;
        }

        return new SegmentKeys(editions, clauses);
    }
}
