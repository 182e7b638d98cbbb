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

        var at = clauses.FindIndex(c => c.Score < match.Score);
        clauses.Insert(at < 0 ? clauses.Count : at, match);
        if (clauses.Count > keep)
        {
            clauses.RemoveAt(clauses.Count - 1);
        }
    }

    /// <summary>The best of edition and clause scores, plus a fifth of the next two: several good clauses beat one.</summary>
    public double Score()
    {
        var scores = clauses.Select(c => (double)c.Score).Append(EditionScore).OrderDescending().Take(3).ToList();
        return scores[0] + 0.2 * scores.Skip(1).Sum();
    }
}
