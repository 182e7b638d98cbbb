using System.Text;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// Writes the Markdown body of a synthetic document from its outline: headings, numbered clauses built
/// from the vocabulary's templates, tables, requirement boxes, an annex, footnotes, notes, and references
/// to clauses of other synthetic documents and to real documents (collected in <see cref="Cited"/>).
/// </summary>
internal sealed class SyntheticBodyWriter(int seed, SyntheticIdentities identities, SyntheticIdentity identity)
{
    private readonly SyntheticVocabulary words = SyntheticVocabulary.For(identity.Language);
    private readonly SyntheticRandom random = new(seed, identity.Index, "text");
    private readonly StringBuilder body = new(16 * 1024);
    private readonly List<string> footnotes = [];
    private int footnoteBudget;

    /// <summary>Canonical designations the text cites, for the front matter's relations.</summary>
    public SortedSet<string> Cited { get; } = new(StringComparer.Ordinal);

    public string Write(IReadOnlyList<OutlineItem> outline, string title)
    {
        footnoteBudget = random.Chance(0.3) ? random.Between(1, 2) : 0;
        body.Append("# ").Append(title).Append("\n\n");
        foreach (var item in outline)
        {
            WriteItem(item);
        }

        for (var i = 0; i < footnotes.Count; i++)
        {
            body.Append("[^").Append(i + 1).Append("]: ").Append(footnotes[i]).Append('\n');
        }

        return body.ToString();
    }

    private void WriteItem(OutlineItem item)
    {
        switch (item.Kind)
        {
            case OutlineKind.Section:
                Paragraph($"## {item.Number}. {random.Pick(words.SectionTitles)}");
                if (random.Chance(0.15))
                {
                    Paragraph(random.Pick(words.Intros));
                }

                break;
            case OutlineKind.Subsection:
                Paragraph($"### {item.Number}. {random.Pick(words.SubsectionTitles)}");
                break;
            case OutlineKind.Requirement:
                Paragraph($"### Requirement {item.Number}: {random.Pick(words.RequirementTitles)}");
                Paragraph(SyntheticText.Fill(random.Pick(words.Requirements), words, random));
                break;
            case OutlineKind.Annex:
                Paragraph(AnnexHeading(item.Number));
                break;
            case OutlineKind.Table:
                WriteTable(item.Number);
                break;
            default:
                Paragraph($"{item.Number}. {ClauseText()}");
                if (random.Chance(0.05))
                {
                    Paragraph(random.Pick(words.Notes));
                }

                break;
        }
    }

    private string ClauseText()
    {
        var first = random.Pick(words.Clauses);
        var text = new StringBuilder(SyntheticText.Fill(first, words, random));
        if (footnoteBudget > footnotes.Count && random.Chance(0.1))
        {
            footnotes.Add(random.Pick(words.Footnotes));
            text.Insert(text.Length - 1, $"[^{footnotes.Count}]");
        }

        if (random.Chance(0.35))
        {
            var second = random.Pick(words.Clauses);
            if (!ReferenceEquals(second, first))
            {
                text.Append(' ').Append(SyntheticText.Fill(second, words, random));
            }
        }

        if (random.Chance(0.14))
        {
            text.Append(' ').Append(Reference());
        }

        return text.ToString();
    }

    private string Reference()
    {
        if (identities.Count > 1 && random.Chance(0.6))
        {
            var target = random.Between(0, identities.Count - 2);
            target += target >= identity.Index ? 1 : 0;
            var clauses = SyntheticOutline.Build(seed, identities.For(target)).Where(i => i.Kind == OutlineKind.Clause).ToList();
            if (clauses.Count == 0)
            {
                return RealReference();
            }

            var designation = identities.Designation(target);
            Cited.Add(designation);
            return random.Pick(words.SyntheticReferences)
                .Replace("{clause}", random.Pick(clauses).Number, StringComparison.Ordinal)
                .Replace("{designation}", designation, StringComparison.Ordinal);
        }

        return RealReference();
    }

    private string RealReference()
    {
        var real = random.Pick(words.RealReferences);
        Cited.Add(real.Canonical);
        return real.Sentence;
    }

    private void WriteTable(string number)
    {
        var table = random.Pick(words.Tables);
        Paragraph($"{words.TableWord} {number}. {table.Caption}");
        body.Append("| ").Append(string.Join(" | ", table.Header)).Append(" |\n|");
        body.Append(string.Concat(Enumerable.Repeat("---|", table.Header.Count))).Append('\n');
        var rows = random.Between(2, 5);
        for (var r = 0; r < rows; r++)
        {
            body.Append("| ").Append(string.Join(" | ", table.Row(random))).Append(" |\n");
        }

        body.Append('\n');
    }

    private string AnnexHeading(string number) => identity.Family.AnnexWord switch
    {
        "Annex" => $"## Annex {number} — {random.Pick(words.AnnexTitles)}",
        _ => $"## {identity.Family.AnnexWord} {number}. {random.Pick(words.AnnexTitles)}",
    };

    private void Paragraph(string text) => body.Append(text).Append("\n\n");
}
