using System.Collections.Concurrent;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// The comparison stem and cognate key of every distinct word met, remembered up to <see cref="Capacity"/> words:
/// normative text repeats a small vocabulary, so preparing thousands of clauses mostly looks words up instead of
/// cutting the same endings again. Beyond the bound words are computed each time (the result is the same).
/// </summary>
internal static class WordForms
{
    public const int Capacity = 250_000;

    private static readonly ConcurrentDictionary<string, (string Stem, string? Cognate)> Known = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, (string Stem, string? Cognate)>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (string Stem, string? Cognate) Of(ReadOnlySpan<char> word)
    {
        if (BySpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var forms = (Words.Cut(text), Cognates.Key(text));
        if (Known.Count < Capacity)
        {
            Known.TryAdd(text, forms);
        }

        return forms;
    }
}
