using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// A clause prepared once for scoring any question: its passages with their stems (a table row read with its table's
/// caption — the clause heading — and header row, as a reader reads it) and with the clause heading as context, the stems of the clause with its number,
/// heading and document designations and titles, and the stems of the document's titles (stems include the cognate
/// keys of <see cref="Cognates"/>), and the documents each passage names — found on first use, since only
/// comparison and status questions look at them.
/// </summary>
public sealed class PreparedClause
{
    private readonly Func<string, IReadOnlyList<string>> mentions;
    private readonly IReadOnlyList<string>?[] mentioned;

    public PreparedClause(NormativeDocument document, Clause clause, Func<string, IReadOnlyList<string>> mentions)
        : this(clause, DocumentWords.Of(document), mentions)
    {
    }

    public PreparedClause(Clause clause, DocumentWords document, Func<string, IReadOnlyList<string>> mentions)
    {
        Clause = clause;
        this.mentions = mentions;
        var passages = PassageSplitter.Split(clause.Text);
        mentioned = new IReadOnlyList<string>?[passages.Count];
        Passages = WithContext(passages, clause.Heading ?? "");
        TitleStems = document.TitleStems;
        var stems = Words.StemsAndCognates(string.Join(' ', clause.Number, clause.Heading, clause.Text));
        stems.UnionWith(document.NameStems);
        Stems = stems;
    }

    public Clause Clause { get; }

    /// <summary>Each passage with the stems of its own words (a table row with its header row) and of its context (with the clause heading).</summary>
    public IReadOnlyList<(Passage Passage, IReadOnlySet<string> Own, IReadOnlySet<string> Context)> Passages { get; }

    public IReadOnlySet<string> Stems { get; }

    public IReadOnlySet<string> TitleStems { get; }

    /// <summary>The canonical designations of the documents the passage at this index (of <see cref="Passages"/>) names.</summary>
    public IReadOnlyList<string> MentionsOf(int index)
    {
        // Two threads may both compute a missing entry; they compute the same list, and either may be kept.
        return mentioned[index] ??= mentions(Passages[index].Passage.Text);
    }

    private static List<(Passage, IReadOnlySet<string>, IReadOnlySet<string>)> WithContext(IReadOnlyList<Passage> passages, string heading)
    {
        var result = new List<(Passage, IReadOnlySet<string>, IReadOnlySet<string>)>(passages.Count);
        var headingStems = Words.StemsAndCognates(heading);
        Passage? header = null;
        foreach (var passage in passages)
        {
            header = passage.IsTableRow ? header ?? passage : null;
            var own = Words.StemsAndCognates(header is null ? passage.Text : header == passage ? $"{heading} {passage.Text}" : $"{heading} {header.Text} {passage.Text}");
            var context = new HashSet<string>(own, StringComparer.Ordinal);
            context.UnionWith(headingStems);
            result.Add((passage, own, context));
        }

        return result;
    }
}
