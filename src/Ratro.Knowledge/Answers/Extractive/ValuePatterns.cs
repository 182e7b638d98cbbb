using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// What a normative answer looks like: a number with a unit of the field (мЗв, mSv, rem, Гр, Gy, Бк, %, mm, МэВ, MV,
/// years, months …) and requirement wording ("не должна превышать", "не более", "shall", "must not exceed").
/// </summary>
public static partial class ValuePatterns
{
    public static bool HasValue(string text) => Value().IsMatch(text);

    public static bool HasRequirement(string text) => Requirement().IsMatch(text);

    [GeneratedRegex(
        @"(?:±\s*)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|мкЗв|мЗв|Зв|mSv|µSv|Sv|mrem|rem|rads?|мГр|Гр|Gy|ГБк|МБк|кБк|Бк|GBq|MBq|kBq|Bq|МэВ|кэВ|MeV|keV|MV|кВ|kV|mm|мм|cm|см|°|лет|года|год|years?|months?|месяц\w*|days?|суток|hours?|час\w*|weeks?|недел\w*|мкЗв/ч|µSv/h)(?![\p{L}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Value();

    [GeneratedRegex(
        @"не должн|не более|не менее|не превыша|не выше|должен|должна|должно|должны|обязан|допускается|ограничен|\bshall\b|\bmust\b|\bshould\b|not exceed|at least|no more than|\bwithin\b|\blimit(?:ed|s)?\b|tolerance",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Requirement();
}
