namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>Tells Russian, English and Portuguese text apart by script and frequent words.</summary>
public static class LanguageDetector
{
    private static readonly string[] Portuguese = [" de ", " da ", " do ", " que ", " não ", " para ", " com ", " os ", " das ", "ção"];
    private static readonly string[] English = [" the ", " and ", " of ", " to ", " shall ", " with ", " for ", " is "];

    public static string Detect(string text)
    {
        var cyrillic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (c is >= 'А' and <= 'я' or 'ё' or 'Ё')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        if (cyrillic > latin)
        {
            return "ru";
        }

        var lower = " " + text.ToLowerInvariant() + " ";
        var pt = Portuguese.Sum(w => Count(lower, w));
        var en = English.Sum(w => Count(lower, w));
        return pt > en ? "pt" : "en";
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
