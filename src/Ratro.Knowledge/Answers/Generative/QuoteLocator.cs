using System.Text;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// Finds a quoted span in a clause text regardless of white space, case and quote characters, and returns the span
/// as the clause writes it; null when the clause does not contain it.
/// </summary>
public static class QuoteLocator
{
    public static string? Find(string clauseText, string quote)
    {
        var (needle, _) = Normalize(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var (haystack, map) = Normalize(clauseText);
        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = map[at];
        var end = map[at + needle.Length - 1] + 1;
        return clauseText[start..end];
    }

    /// <summary>Lower case, runs of white space as one space, typographic quotes and dashes as plain ones; with the source index of each character.</summary>
    private static (string Text, List<int> Map) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                map.Add(i);
                space = false;
            }

            builder.Append(Fold(c));
            map.Add(i);
        }

        return (builder.ToString(), map);
    }

    private static char Fold(char c) => c switch
    {
        '«' or '»' or '“' or '”' or '„' => '"',
        '’' or '‘' => '\'',
        '–' or '—' or '−' => '-',
        'ё' or 'Ё' => 'е',
        _ => char.ToLowerInvariant(c),
    };
}
