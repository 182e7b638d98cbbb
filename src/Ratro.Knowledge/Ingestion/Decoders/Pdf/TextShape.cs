using System.Text.RegularExpressions;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>What the ends of a line of text say about paragraph boundaries.</summary>
internal static partial class TextShape
{
    /// <summary>True when the text ends a sentence or an item: ". ! ? ; :" (also before a closing quote or bracket).</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        while (trimmed.Length > 1 && trimmed[^1] is ')' or '"' or '»' or '”' or '\'' && trimmed[^2] is '.' or '!' or '?' or ';' or ')' or '"' or '»' or '”')
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ';' or ':' or '…';
    }

    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsPunctuation(c) || c is '-' or '–' or '—')
            {
                return false;
            }
        }

        return false;
    }

    public static bool StartsUpper(string text)
    {
        var trimmed = text.TrimStart('«', '"', '“', '(', '\'');
        return trimmed.Length > 0 && (char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0]));
    }

    /// <summary>True when the text opens a clause, an article or a list item ("3.1", "Статья 5", "Art. 2º", "I -", "а)", "§ 1º", "–").</summary>
    public static bool StartsNewItem(string text) => ListMarker().IsMatch(text) || ClauseLabelParser.Parse(text) is not null;

    [GeneratedRegex(@"^(?:[IVXLC]{1,7}\s*[-–—.)]\s|[a-zа-яё]\s?\)\s|\d{1,3}\)\s|\(\w{1,3}\)\s|[-–—•·▪●■]\s|§\s?\d|Parágrafo\s|Примечани|Note\s|NOTE\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
