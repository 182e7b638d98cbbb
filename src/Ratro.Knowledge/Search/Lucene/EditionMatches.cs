namespace Ratro.Knowledge.Search.Lucene;

/// <summary>What matched in one edition: the score of its edition document (titles, designations) and its best clauses.</summary>
public sealed class EditionMatches(long key, int keep)
{
    private readonly List<ClauseMatch> clauses = [];

    public long Key => key;

    public float EditionScore { get; private set; }

    public IReadOnlyList<ClauseMatch> Clauses => clauses;

    public void AddEdition(float score) => EditionScore = Math.Max(EditionScore, score);

    public void AddClause(ClauseMatch match)
    {
        if (clauses.Count == keep && match.Score <= clauses[^1].Score)
        {
            return;
        }

        var at = clauses.Count;
        while (at > 0 && clauses[at - 1].Score < match.Score)
        {
            at--;
        }

        clauses.Insert(at, match);
        if (clauses.Count > keep)
        {
            clauses.RemoveAt(clauses.Count - 1);
        }
    }

    /// <summary>The best of edition and clause scores, plus a fifth of the next two: several good clauses beat one.</summary>
    public double Score()
    {
        // The clauses are kept best first, so the three best scores are a merge of that list with the edition score.
        double first = EditionScore, second = 0, third = 0;
        var count = 1;
        foreach (var clause in clauses.Count > 3 ? clauses.Take(3) : clauses)
        {
            double score = clause.Score;
            if (score > first)
            {
                (first, second, third) = (score, first, second);
            }
            else if (count < 2 || score > second)
            {
                (second, third) = (score, second);
            }
            else
            {
                third = count < 3 ? score : Math.Max(third, score);
            }

            count++;
        }

        return count switch
        {
            1 => first,
            2 => first + 0.2 * second,
            _ => first + 0.2 * (second + third),
        };
    }
}
