using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>Recognizes clause identifiers at the start of a block, in Russian, English and Portuguese drafting styles.</summary>
public static partial class ClauseLabelParser
{
    public static ClauseLabel? Parse(string text)
    {
        var line = text.TrimStart();
        if (line.Length == 0)
        {
            return null;
        }

        return Named(Article(), line, ClauseKind.Article)
            ?? Named(Chapter(), line, ClauseKind.Chapter)
            ?? Named(Section(), line, ClauseKind.Section)
            ?? Annex(line)
            ?? Named(Table(), line, ClauseKind.Table)
            ?? Named(Requirement(), line, ClauseKind.Requirement)
            ?? Named(Schedule(), line, ClauseKind.Schedule)
            ?? SectionSign(line)
            ?? Decimal(line);
    }

    private static ClauseLabel? Named(Regex regex, string line, ClauseKind kind)
    {
        var match = regex.Match(line);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var number = match.Groups["num"].Value;
        if (StartsLowercase(match.Groups["rest"].Value))
        {
            return null;
        }

        return new ClauseLabel(kind, $"{word} {number}", number.ToLowerInvariant(), match.Groups["rest"].Value.Trim());
    }

    private static ClauseLabel? Annex(string line)
    {
        var match = AnnexRegex().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var number = match.Groups["num"].Value;
        if (StartsLowercase(match.Groups["rest"].Value))
        {
            return null;
        }

        var numberGroup = match.Groups["num"];
        var printed = number.Length == 0 ? word : string.Join(' ', line[..(numberGroup.Index + numberGroup.Length)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new ClauseLabel(ClauseKind.Annex, printed, number.ToLowerInvariant(), match.Groups["rest"].Value.Trim());
    }

    private static ClauseLabel? SectionSign(string line)
    {
        var match = SectionSignRegex().Match(line);
        return match.Success
            ? new ClauseLabel(ClauseKind.Clause, "§ " + match.Groups["num"].Value, match.Groups["num"].Value, match.Groups["rest"].Value.Trim(), Explicit: true)
            : null;
    }

    /// <summary>A label followed by a lower-case word is a reference in running text ("Table 3 shows …").</summary>
    private static bool StartsLowercase(string rest)
    {
        var trimmed = rest.TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    private static ClauseLabel? Decimal(string line)
    {
        var match = DecimalRegex().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["num"].Value;
        var rest = match.Groups["rest"].Value.Trim();
        if (rest.StartsWith('/'))
        {
            return null;
        }

        var hasDot = match.Groups["dot"].Success;
        var single = !number.Contains('.', StringComparison.Ordinal);
        if (single && !hasDot && rest.Length > 0 && !char.IsUpper(rest[0]))
        {
            return null;
        }

        if (single && rest.Length > 0 && !char.IsUpper(rest[0]) && !char.IsDigit(rest[0]) && rest[0] is not ('«' or '"' or '(' or '['))
        {
            return null;
        }

        return new ClauseLabel(ClauseKind.Clause, number, number.ToLowerInvariant(), rest);
    }

    [GeneratedRegex(@"^(?<word>Статья|СТАТЬЯ|Article|ARTICLE|Art\.|Artigo|ARTIGO)\s*(?<num>\d{1,3}(?:\.\d{1,3})*)(?:\s*[º°ᵒ])?\s*[\.\-–—:]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<word>Глава|ГЛАВА|Chapter|CHAPTER|Capítulo|CAPÍTULO)\s+(?<num>[IVXLC]{1,7}|\d{1,3})\b\s*[\.\-–—:]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?<word>Раздел|РАЗДЕЛ|Подраздел|ПОДРАЗДЕЛ|Section|SECTION|Subsection|SUBSECTION|Seção|SEÇÃO|Subseção|SUBSEÇÃO)\s+(?<num>[IVXLC]{1,7}|\d{1,3}(?:\.\d{1,3})*)\b\s*[\.\-–—:]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?<word>Приложение|ПРИЛОЖЕНИЕ|Annex|ANNEX|Appendix|APPENDIX|Anexo|ANEXO)(?:\s*(?:N|№|No\.?)\s*|\s+)?(?<num>\d{1,3}|[IVX]{1,5}(?=$|[\s\.\:—–-])|[A-ZА-ЯЁ]{1,2}(?=$|[\s\.\:—–-]))?\s*[\.\:—–-]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex AnnexRegex();

    [GeneratedRegex(@"^(?<word>Таблица|ТАБЛИЦА|Table|TABLE|Tabela|TABELA)\s+(?:N\s*|№\s*)?(?<num>[A-ZА-Я]{1,3}-(?:[IVXL]{1,6}|\d{1,3})(?:\([a-zа-я]\))?(?=$|[\s\.\:—–-])|(?:[A-ZА-Я]\.)?\d{1,3}(?:[\.\-]\d{1,3})*|[IVXL]{1,6}\b)\s*[\.\-–—:]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"^(?<word>Requirement|REQUIREMENT|Требование|ТРЕБОВАНИЕ)\s+(?<num>\d{1,3})\b\s*[\.\:\-–—]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Requirement();

    [GeneratedRegex(@"^(?<word>Schedule|SCHEDULE)\s+(?<num>[IVXL]{1,6}|\d{1,2})\b\s*[\.\:\-–—]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"^§\s*(?<num>\d{1,4}(?:\.\d{1,5}){0,4})\.?(?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex SectionSignRegex();

    [GeneratedRegex(@"^(?<num>(?:[A-ZА-Я]\.)?\d{1,3}(?:\.\d{1,3}){0,6})(?<dot>\.)?(?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex DecimalRegex();
}
