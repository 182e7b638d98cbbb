using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Documents a question names by title: every content word of the Russian or English title (without the bracketed
/// designation and acronyms such as "NRB" or "IMRT", at least <see cref="MinimumWords"/> of them) appears in the question. Such a name has no span: the
/// words stay part of the question's subject.
/// </summary>
public static class Titles
{
    public const int MinimumWords = 3;

    public static IEnumerable<NamedDocument> Named(string question, KnowledgeSnapshot snapshot, AccessLevel access)
    {
        var words = Words.Stems(question).ToHashSet(StringComparer.Ordinal);
        foreach (var document in snapshot.Visible(access))
        {
            if (snapshot.TitleWords[document.Id].Any(t => t.Count >= MinimumWords && t.IsSubsetOf(words)))
            {
                yield return new NamedDocument(document, 0, 0);
            }
        }
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
