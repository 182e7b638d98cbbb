using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// The engine lists glossary expansions as "term (language, weight)"; the page shows the terms grouped by language,
/// without the weights.
/// </summary>
public static partial class ExpansionView
{
    public static IReadOnlyList<(string Language, IReadOnlyList<string> Terms)> Group(IEnumerable<string> expansions)
    {
        ArgumentNullException.ThrowIfNull(expansions);
        return expansions
            .Select(e => Expansion().Match(e) is { Success: true } m ? (Term: m.Groups["term"].Value, Language: m.Groups["lang"].Value) : (Term: e, Language: ""))
            .GroupBy(e => e.Language, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(e => e.Term).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    [GeneratedRegex(@"^(?<term>.+?) \((?<lang>[a-z]{2}), [\d.,]+\)$")]
    private static partial Regex Expansion();
}
