namespace Ratro.Knowledge.Designations;

/// <summary>Decides the script of one word and rewrites its homoglyphs into that script.</summary>
internal static class WordScript
{
    public static Script Classify(ReadOnlySpan<char> word)
    {
        bool cyrillicOnly = false, latinOnly = false, letters = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters = true;
            if (Homoglyphs.HasTwin(c))
            {
                continue;
            }

            cyrillicOnly |= Homoglyphs.IsCyrillic(c);
            latinOnly |= Homoglyphs.IsLatin(c);
        }

        return (cyrillicOnly, latinOnly) switch
        {
            (true, true) => Script.Mixed,
            (true, false) => Script.Cyrillic,
            (false, true) => Script.Latin,
            _ => letters ? Script.Ambiguous : Script.None,
        };
    }

    /// <summary>
    /// An ambiguous word keeps its letters unless they are few (one or two letters, "P", "OT") or carry an OCR digit
    /// ("B3AMEH"), and its neighbours agree on Cyrillic: Latin acronyms such as "AAPM" stay Latin.
    /// </summary>
    public static Script Resolve(ReadOnlySpan<char> word, Script previous, Script next)
    {
        var hasCyrillic = false;
        var letterCount = 0;
        foreach (var c in word)
        {
            hasCyrillic |= Homoglyphs.IsCyrillic(c);
            letterCount += char.IsLetter(c) ? 1 : 0;
        }

        if (hasCyrillic)
        {
            return Script.Cyrillic;
        }

        var short_ = letterCount <= 2 || HasInnerThree(word);
        var cyrillicContext = previous != Script.Latin && next != Script.Latin
            && (previous == Script.Cyrillic || next == Script.Cyrillic);
        return short_ && cyrillicContext ? Script.Cyrillic : Script.Latin;
    }

    public static void Apply(Span<char> word, Script script)
    {
        if (!NeedsChange(word, script))
        {
            return;
        }

        if (script == Script.Cyrillic)
        {
            var ocrDigits = HasInnerThree(word);
            for (var i = 0; i < word.Length; i++)
            {
                word[i] = ocrDigits && word[i] == '3' && IsInner(word, i) ? 'З' : Homoglyphs.ToCyrillic(word[i]);
            }
        }
        else if (script == Script.Latin)
        {
            for (var i = 0; i < word.Length; i++)
            {
                word[i] = Homoglyphs.ToLatin(word[i]);
            }
        }
    }

    /// <summary>True when some letter is in the other script than the word's (or an OCR '3' stands for "З").</summary>
    private static bool NeedsChange(ReadOnlySpan<char> word, Script script)
    {
        foreach (var c in word)
        {
            if ((script == Script.Cyrillic && (Homoglyphs.IsLatin(c) || c == '3')) || (script == Script.Latin && Homoglyphs.IsCyrillic(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A '3' between two letters in a word of at least two letters, as OCR writes "З".</summary>
    private static bool HasInnerThree(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] == '3' && IsInner(word, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInner(ReadOnlySpan<char> word, int i) =>
        i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]);
}
