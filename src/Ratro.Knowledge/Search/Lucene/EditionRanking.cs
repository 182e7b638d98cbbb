using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// Scores editions. Text only: the BM25 edition score (<see cref="EditionMatches.Score"/>) times the status factor.
/// With vector hits: reciprocal rank fusion of the text ranking and the vector ranking of editions (each by
/// status-weighted score), and within each edition of its text-ranked and vector-ranked clauses.
/// </summary>
internal static class EditionRanking
{
    public static Dictionary<long, RankedEdition> Rank(
        MatchCollector? text, IReadOnlyList<VectorHit> vectors, IReadOnlyDictionary<long, EditionInfo> allowed, int clausesPerEdition)
    {
        var result = new Dictionary<long, RankedEdition>();
        var textEditions = (text?.Editions.Values ?? Enumerable.Empty<EditionMatches>())
            .Where(m => allowed.ContainsKey(m.Key))
            .Select(m => (Matches: m, Edition: allowed[m.Key], Score: m.Score() * StatusRanking.Factor(allowed[m.Key].Status)))
            .ToList();
        if (vectors.Count == 0)
        {
            foreach (var (matches, edition, score) in textEditions)
            {
                result[edition.Key] = new RankedEdition(edition, score, matches.Clauses.Select(c => new ClauseRef(c.ClauseKey, c.Doc, c.Score)).ToList());
            }

            return result;
        }

        var byVector = vectors.Where(v => allowed.ContainsKey(v.EditionKey)).GroupBy(v => v.EditionKey)
            .Select(g => (Key: g.Key, Hits: g.OrderByDescending(h => h.Score).ToList()))
            .OrderByDescending(g => g.Hits[0].Score * StatusRanking.Factor(allowed[g.Key].Status))
            .ToList();
        var textRanking = textEditions.OrderByDescending(t => t.Score).Select(t => t.Edition.Key).ToList();
        var fused = RankFusion.Fuse([textRanking, byVector.Select(v => v.Key).ToList()]);
        var textByKey = textEditions.ToDictionary(t => t.Edition.Key, t => t.Matches);
        var vectorByKey = byVector.ToDictionary(v => v.Key, v => v.Hits);
        foreach (var (key, score) in fused)
        {
            var textClauses = textByKey.TryGetValue(key, out var m) ? m.Clauses : [];
            var vectorClauses = vectorByKey.TryGetValue(key, out var h) ? h : [];
            var docs = textClauses.ToDictionary(c => c.ClauseKey, c => c.Doc);
            var clauses = RankFusion.Fuse([textClauses.Select(c => c.ClauseKey).ToList(), vectorClauses.Select(v => v.ClauseKey).ToList()])
                .Take(Math.Max(1, clausesPerEdition))
                .Select(c => new ClauseRef(c.Item, docs.TryGetValue(c.Item, out var doc) ? doc : null, c.Score))
                .ToList();
            result[key] = new RankedEdition(allowed[key], score, clauses);
        }

        return result;
    }
}
