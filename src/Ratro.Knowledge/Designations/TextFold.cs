namespace Ratro.Knowledge.Designations;

/// <summary>
/// Folds text one character for one character, so offsets stay valid: every dash and the soft hyphen become '-',
/// no-break spaces become ' ', typographic quotes become '"', '_' becomes '/' where file names use it for one (else ' '), and
/// letters written in the wrong script are brought back to the script of their word ("ГОСТ P" → "ГОСТ Р",
/// "IЕС" → "IEC", "B3AMEH ГОСТ" → "ВЗАМЕН ГОСТ").
/// </summary>
internal static class TextFold
{
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source, i);
            }

            FoldScripts(span);
        });

    private static char FoldChar(string source, int i)
    {
        var c = source[i];
        return c switch
        {
            '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
            '«' or '»' or '“' or '”' or '„' or '‟' => '"',
            'ё' => 'е',
            'Ё' => 'Е',
            '_' => UnderscoreStandsForSlash(source, i) ? '/' : ' ',
            _ => c,
        };
    }

    /// <summary>
    /// File names write "/" as "_" ("ИСО_МЭК", "44_пр", "ISO_TR") and spaces as "_" ("ГОСТ_Р_50739-95"): a slash only
    /// after an organization or a number and before an organization, a report kind or "пр".
    /// </summary>
    private static bool UnderscoreStandsForSlash(string source, int i)
    {
        var before = source.AsSpan(0, i);
        var after = source.AsSpan(i + 1);
        ReadOnlySpan<string> organizations = ["ИСО", "ISO", "МЭК", "IEC"];
        ReadOnlySpan<string> follows = ["МЭК", "IEC", "ISO", "ИСО", "пр", "TR", "TS", "ТО", "ТС"];
        var afterNumber = before.Length > 0 && char.IsAsciiDigit(before[^1]);
        var afterOrganization = false;
        foreach (var organization in organizations)
        {
            afterOrganization |= before.EndsWith(organization, StringComparison.Ordinal);
        }

        foreach (var next in follows)
        {
            if ((afterNumber || afterOrganization) && after.StartsWith(next, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void FoldScripts(Span<char> text)
    {
        var previous = Script.None;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                previous = text[i] == '\n' ? Script.None : previous;
                i++;
                continue;
            }

            var end = TokenEnd(text, i);
            var token = text[i..end];
            var script = WordScript.Classify(token);
            if (script == Script.Ambiguous)
            {
                script = WordScript.Resolve(token, previous, NextScript(text, end));
            }

            WordScript.Apply(token, script);
            if (script is Script.Cyrillic or Script.Latin)
            {
                previous = script;
            }

            i = end;
        }
    }

    private static Script NextScript(Span<char> text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (text[i] == '\n')
                {
                    return Script.None;
                }

                i++;
                continue;
            }

            var end = TokenEnd(text, i);
            var script = WordScript.Classify(text[i..end]);
            if (script is Script.Cyrillic or Script.Latin)
            {
                return script;
            }

            i = end;
        }

        return Script.None;
    }

    private static int TokenEnd(Span<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }
}
