using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Collects every match of a query, grouped by edition: only editions in the allowed set count; per edition the
/// edition-document score and the best clauses; index-wide, the best clause matches for rank fusion.
/// </summary>
public sealed class MatchCollector(Func<long, bool> allowed, int clausesPerEdition, int topClauses) : ICollector
{
    private readonly PriorityQueue<ClauseMatch, float> top = new();
    private NumericDocValues? editionKeys;
    private NumericDocValues? clauseKeys;
    private Scorer? scorer;
    private int docBase;
    private long lastEdition = long.MinValue;
    private EditionMatches? lastMatches;

    public Dictionary<long, EditionMatches> Editions { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The best clause matches over all editions, best first.</summary>
    public IReadOnlyList<ClauseMatch> TopClauses() =>
        top.UnorderedItems.Select(i => i.Element).OrderByDescending(c => c.Score).ThenBy(c => c.Doc).ToList();

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        editionKeys = context.AtomicReader.GetNumericDocValues(LuceneFields.EditionKey);
        clauseKeys = context.AtomicReader.GetNumericDocValues(LuceneFields.ClauseKey);
    }

    public void Collect(int doc)
    {
        if (editionKeys is null)
        {
            return;
        }

        // The clauses of an edition are indexed together, so hits mostly come edition after edition: the last
        // edition's verdict and matches are reused without looking them up again.
        var edition = editionKeys.Get(doc);
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
        var clause = clauseKeys?.Get(doc) ?? 0;
        if (clause == 0)
        {
            matches.AddEdition(score);
            return;
        }

        var match = new ClauseMatch(score, docBase + doc, clause, edition);
        matches.AddClause(match);
        if (top.Count < topClauses)
        {
            top.Enqueue(match, score);
        }
        else if (top.TryPeek(out _, out var lowest) && score > lowest)
        {
            top.EnqueueDequeue(match, score);
        }
    }
}
