using System.Globalization;
using System.Text.RegularExpressions;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>
/// Finds a document's title: the quoted title after its designation («О персональных данных»), the title
/// line under the act's kind on a Russian act's first page ("ФЕДЕРАЛЬНЫЙ ЗАКОН" / "О ПЕРСОНАЛЬНЫХ ДАННЫХ"),
/// the file's title property, or the largest heading of the first page.
/// </summary>
public static partial class TitleFinder
{
    private static readonly string[] ActKinds =
        ["ФЕДЕРАЛЬНЫЙ ЗАКОН", "ПОСТАНОВЛЕНИЕ", "ПРИКАЗ", "РАСПОРЯЖЕНИЕ", "НАЦИОНАЛЬНЫЙ СТАНДАРТ РОССИЙСКОЙ ФЕДЕРАЦИИ", "МЕЖГОСУДАРСТВЕННЫЙ СТАНДАРТ"];

    public static string? Find(DecodedDocument decoded, string head, string? designation, string? designationTitle)
    {
        if (!string.IsNullOrWhiteSpace(designationTitle))
        {
            return Clean(designationTitle);
        }

        foreach (var key in new[] { "title", "header" })
        {
            if (decoded.Properties.TryGetValue(key, out var value) && value is string text && Quoted(text) is { } quoted)
            {
                return quoted;
            }
        }

        return UnderActKind(decoded.Blocks) ?? (designation is null ? null : QuotedAfter(head, designation)) ?? LargestHeading(decoded.Blocks, designation)
            ?? (decoded.Properties.TryGetValue("title", out var title) && title is string t && t.Length is > 3 and < 300 && !LooksLikeFileName(t) ? Clean(t) : null);
    }

    private static string? UnderActKind(IReadOnlyList<DecodedBlock> blocks)
    {
        var head = blocks.Take(40).ToList();
        for (var i = 0; i < head.Count; i++)
        {
            if (!ActKinds.Any(k => head[i].Text.Trim().Equals(k, StringComparison.Ordinal)))
            {
                continue;
            }

            var lines = head.Skip(i + 1)
                .Select(b => b.Text.Trim())
                .SkipWhile(t => t.Length == 0 || Dated().IsMatch(t))
                .TakeWhile(t => t.Length > 0 && IsUpper(t))
                .ToList();
            if (lines.Count > 0)
            {
                return SentenceCase(string.Join(' ', lines));
            }
        }

        return null;
    }

    private static string? LargestHeading(IReadOnlyList<DecodedBlock> blocks, string? designation)
    {
        var firstPage = blocks.TakeWhile(b => b.Page is null or 1).Take(30)
            .Where(b => b.Kind == BlockKind.Heading && b.Text.Length is > 8 and < 300)
            .Where(b => designation is null || !b.Text.Contains(designation, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(b => b.FontSize ?? 0)
            .ThenBy(b => b.HeadingLevel ?? 9)
            .FirstOrDefault();
        return firstPage is null ? null : IsUpper(firstPage.Text) ? SentenceCase(firstPage.Text) : Clean(firstPage.Text);
    }

    private static string? QuotedAfter(string head, string designation)
    {
        var at = head.IndexOf(designation, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Quoted(head.Substring(at, Math.Min(400, head.Length - at)));
    }

    private static string? Quoted(string text)
    {
        var match = QuotedTitle().Match(text);
        return match.Success ? Clean(match.Groups["title"].Value) : null;
    }

    private static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static bool LooksLikeFileName(string text) => text.Contains(".doc", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Microsoft Word", StringComparison.Ordinal);

    private static string SentenceCase(string text)
    {
        var lower = Clean(text).ToLower(CultureInfo.GetCultureInfo("ru-RU"));
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..];
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', '"', '«', '»');

    [GeneratedRegex("[«\"“](?<title>[^»\"”]{4,600})[»\"”]")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"^(от\s+)?\d|^N\s*\d|^№")]
    private static partial Regex Dated();
}
