using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Documents a question names by title: every content word of the Russian or English title (without the bracketed
/// designation and acronyms such as "NRB" or "IMRT", at least <see cref="MinimumWords"/> of them) appears in the question. Such a name has no span: the
/// words stay part of the question's subject. When more than <see cref="MaximumNamed"/> documents match, only those
/// with the longest matching title count, and if there are still more, none does: the words are then a topic many
/// documents have in their titles, not a name.
/// </summary>
public static class Titles
{
    public const int MinimumWords = 3;

    public const int MaximumNamed = 3;

    public static IReadOnlyList<NamedDocument> Named(string question, KnowledgeSnapshot snapshot, AccessLevel access)
    {
        var words = Words.Stems(question).ToHashSet(StringComparer.Ordinal);
        var matched = new List<(NormativeDocument Document, int Words)>();
        foreach (var document in snapshot.Visible(access))
        {
            var longest = snapshot.TitleWords[document.Id].Where(t => t.Count >= MinimumWords && t.IsSubsetOf(words)).Select(t => t.Count).DefaultIfEmpty(0).Max();
            if (longest > 0)
            {
                matched.Add((document, longest));
            }
        }

        if (matched.Count > MaximumNamed)
        {
            var most = matched.Max(m => m.Words);
            matched = matched.Where(m => m.Words == most).ToList();
        }

        return matched.Count > MaximumNamed ? [] : matched.Select(m => new NamedDocument(m.Document, 0, 0)).ToList();
    }

    /// <summary>The content word stems of a title, without its bracketed parts.</summary>
    public static IReadOnlySet<string> Content(string title)
    {
        var bare = System.Text.RegularExpressions.Regex.Replace(title, @"\([^)]*\)", " ");
        return Words.Split(bare)
            .Where(w => !w.IsNumber && w.Text.Length > 2 && !w.Text.All(char.IsUpper) && !StopWords.Contains(w.Stem))
            .Select(w => w.Stem)
            .ToHashSet(StringComparer.Ordinal);
    }
}
