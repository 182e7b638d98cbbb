namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// One thing a question asks about: its words as written, the stem sequences that express it in a text (the word
/// itself, or every form of a glossary term in both languages), its weight (rarer is heavier), whether the knowledge
/// base knows it at all, the language it was asked in, and whether an answer must mention it (a designation of a
/// document the base does not hold: evidence that does not name it cannot be about it).
/// </summary>
public sealed record QueryConcept(
    string Written,
    IReadOnlyList<string[]> Alternatives,
    double Weight,
    bool Unknown,
    bool Bilingual,
    string Language,
    bool Required = false)
{
    /// <summary>
    /// How much of the concept a text's stems express, in [0, 1]: the best alternative's share of its stems present
    /// (stop words do not count), so "население" alone gives a third of "предел дозы для населения".
    /// </summary>
    public double Match(IReadOnlySet<string> stems)
    {
        var best = 0.0;
        foreach (var alternative in Alternatives)
        {
            var content = alternative.Where(s => !StopWords.Contains(s)).ToList();
            if (content.Count == 0)
            {
                continue;
            }

            var share = (double)content.Count(stems.Contains) / content.Count;
            if (share > best)
            {
                best = share;
            }

            if (best >= 1)
            {
                break;
            }
        }

        return best;
    }
}
