using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// A clause prepared once for scoring any question: its passages with their stems (a table row read with its table's
/// caption — the clause heading — and header row, as a reader reads it) and with the clause heading as context, the stems of the clause with its number,
/// heading and document designations and titles, and the stems of the document's titles (stems include the cognate
/// keys of <see cref="Cognates"/>), and the documents each passage names.
/// </summary>
public sealed class PreparedClause
{
    public PreparedClause(NormativeDocument document, Clause clause, Func<string, IReadOnlyList<string>> mentions)
    {
        Clause = clause;
        Mentions = PassageSplitter.Split(clause.Text).Select(p => mentions(p.Text)).ToList();
        Passages = WithContext(PassageSplitter.Split(clause.Text), clause.Heading ?? "");
        TitleStems = Words.StemsAndCognates($"{document.TitleRu} {document.TitleEn}");
        Stems = Words.StemsAndCognates(string.Join(' ', clause.Number, clause.Heading, clause.Text, document.Designation,
            document.Canonical, document.TitleRu, document.TitleEn, string.Join(' ', document.Aliases)));
    }

    public Clause Clause { get; }

    /// <summary>Each passage with the stems of its own words (a table row with its header row) and of its context (with the clause heading).</summary>
    public IReadOnlyList<(Passage Passage, IReadOnlySet<string> Own, IReadOnlySet<string> Context)> Passages { get; }

    public IReadOnlySet<string> Stems { get; }

    public IReadOnlySet<string> TitleStems { get; }

    /// <summary>For each passage (same order as <see cref="Passages"/>), the canonical designations of the documents it names.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Mentions { get; }

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
