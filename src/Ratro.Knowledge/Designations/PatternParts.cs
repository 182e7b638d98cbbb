namespace Ratro.Knowledge.Designations;

/// <summary>Regex fragments shared by the rules. The text they run on is folded (<see cref="TextFold"/>): dashes are '-'.</summary>
internal static class PatternParts
{
    /// <summary>"N", "№", "No.", "Nº" before a number.</summary>
    public const string NumberSign = @"(?:№|N[º°]?|No\.?|Nº)\s*";

    public const string Month = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";

    /// <summary>"09.01.1996", "9 января 1996 г.", "22 декабря 2008 года".</summary>
    public const string Date = @"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{1,2}\s+" + Month + @"\s+\d{4})(?:\s*(?:г\.|года|г(?![\p{L}])))?";

    /// <summary>"(ред. от 08.08.2024)", "(в ред. от …)", "(с изменениями на 14 февраля 2006 года)".</summary>
    public const string RussianEdition =
        @"(?:\s*\(\s*(?<edition>(?:в\s+)?ред(?:\.|акции)\s+от\s+" + Date + @"|с\s+изменениями(?:\s+и\s+дополнениями)?(?:,?\s+вступившими\s+в\s+силу)?\s+на\s+" + Date + @")\s*\))?";

    /// <summary>A Russian act's date after "от", optional.</summary>
    public const string FromDate = @"(?:\s+от\s+(?<date>" + Date + "))?";

    /// <summary>Not preceded by a letter (a word starts here).</summary>
    public const string WordStart = @"(?<![\p{L}\d])";
}
