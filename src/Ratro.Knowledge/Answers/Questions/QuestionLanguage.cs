namespace Ratro.Knowledge.Answers.Questions;

/// <summary>The language of a question: Russian when it has at least as many Cyrillic letters as Latin ones, else English.</summary>
public static class QuestionLanguage
{
    public static string Detect(string text)
    {
        var cyrillic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return cyrillic >= latin && cyrillic > 0 ? "ru" : "en";
    }

    /// <summary>The requested language when it is one we answer in (ru, en), else the question's.</summary>
    public static string Choose(string? requested, string question) =>
        requested?.Trim().ToLowerInvariant() switch
        {
            "ru" => "ru",
            "en" => "en",
            _ => Detect(question),
        };
}
