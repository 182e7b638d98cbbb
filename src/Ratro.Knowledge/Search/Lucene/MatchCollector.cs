using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Collects every match of a query, grouped by edition: only editions in the allowed set count; per edition the
/// edition-document score and the best clauses.
/// </summary>
public sealed class MatchCollector(Func<long, bool> allowed, int clausesPerEdition) : ICollector
{
    private long[]? editionKeys;
    private long[] clauseKeys = [];
    private Scorer? scorer;
    private int docBase;
    private long lastEdition = long.MinValue;
    private EditionMatches? lastMatches;

    public Dictionary<long, EditionMatches> Editions { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        var keys = SegmentKeys.Of(context.AtomicReader);
        editionKeys = keys.Editions;
        clauseKeys = keys.Clauses;
    }

    public void Collect(int doc)
    {
        if (editionKeys is null)
        {
            return;
        }

        // The clauses of an edition are indexed together, so hits mostly come edition after edition: the last
        // edition's verdict and matches are reused without looking them up again.
        var edition = editionKeys[doc];
        if (edition != lastEdition)
        {
            lastEdition = edition;
            lastMatches = null;
            if (allowed(edition) && !Editions.TryGetValue(edition, out lastMatches))
            {
                Editions[edition] = lastMatches = new EditionMatches(edition, clausesPerEdition);
            }
        }

        if (lastMatches is not { } matches)
        {
            return;
        }

        var score = scorer!.GetScore();
        var clause = clauseKeys[doc];
        if (clause == 0)
        {
            matches.AddEdition(score);
            return;
        }

        matches.AddClause(new ClauseMatch(score, docBase + doc, clause, edition));
    }
}
