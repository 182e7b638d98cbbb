using System.Text;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>The metrics of a run overall, per kind of query and per query language, and a per-query table.</summary>
public sealed record RelevanceReport(
    RelevanceMetrics Overall,
    IReadOnlyDictionary<string, RelevanceMetrics> ByKind,
    IReadOnlyDictionary<string, RelevanceMetrics> ByLanguage,
    IReadOnlyList<QueryOutcome> Outcomes)
{
    public static RelevanceReport Of(IReadOnlyList<QueryOutcome> outcomes) => new(
        RelevanceMetrics.Of(outcomes),
        outcomes.GroupBy(o => o.Query.Kind).ToDictionary(g => g.Key, g => RelevanceMetrics.Of(g.ToList())),
        outcomes.GroupBy(o => o.Query.Language).ToDictionary(g => g.Key, g => RelevanceMetrics.Of(g.ToList())),
        outcomes);

    /// <summary>The queries whose expected documents are not among the first five results.</summary>
    public IEnumerable<QueryOutcome> Misses => Outcomes.Where(o => o.Rank is not <= 5);

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"overall       {Overall}");
        foreach (var (kind, metrics) in ByKind.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"{kind,-13} {metrics}");
        }

        foreach (var (language, metrics) in ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"lang {language,-8} {metrics}");
        }

        text.AppendLine();
        text.AppendLine("line\trank\tkind\tlang\tquery\texpected\treturned (top 3)");
        foreach (var outcome in Outcomes)
        {
            var q = outcome.Query;
            text.AppendLine(string.Join('\t',
                q.Line,
                outcome.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                q.Kind,
                q.Language,
                q.Text,
                string.Join("; ", q.Expected),
                string.Join("; ", outcome.Ranked.Take(3))));
        }

        return text.ToString();
    }
}
