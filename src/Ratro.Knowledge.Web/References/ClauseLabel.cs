using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.References;

/// <summary>
/// A clause key as a reader names it in the visitor's language: "3.1" → "п. 3.1" / "cl. 3.1", "article:9/1" → "ст. 9, 1" /
/// "Art. 9, 1", "table:1" → "табл. 1" / "Table 1", "annex:a" → "прил. A" / "Annex A".
/// </summary>
public static class ClauseLabel
{
    public static string For(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(", ", parts.Select((part, i) => Part(part, i == 0)));
    }

    private static string Part(string part, bool first)
    {
        var colon = part.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return first ? ReferenceText.Clause.Format(part) : part;
        }

        var value = part[(colon + 1)..];
        value = value.Length <= 2 && value.All(char.IsAsciiLetter) ? value.ToUpperInvariant() : value;
        Text? kind = part[..colon] switch
        {
            "article" => ReferenceText.KindArticle,
            "chapter" => ReferenceText.KindChapter,
            "section" => ReferenceText.KindSection,
            "annex" => ReferenceText.KindAnnex,
            "table" => ReferenceText.KindTable,
            "figure" => ReferenceText.KindFigure,
            "part" => ReferenceText.KindPart,
            "paragraph" => ReferenceText.KindParagraph,
            "requirement" => ReferenceText.KindRequirement,
            "schedule" => ReferenceText.KindSchedule,
            _ => null,
        };
        return kind is null ? part : $"{kind} {value}";
    }
}
