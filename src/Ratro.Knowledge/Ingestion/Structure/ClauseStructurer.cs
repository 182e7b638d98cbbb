using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>
/// Turns decoded blocks into the clause tree. The same rules serve every format: clause identifiers
/// found from numbering patterns (decimal numbering checked against the running sequence), article,
/// chapter, annex, table and requirement labels, and unnumbered headings nested by heading level.
/// Text before the first clause becomes the preamble.
/// </summary>
public sealed partial class ClauseStructurer
{
    public IReadOnlyList<Clause> Build(IReadOnlyList<DecodedBlock> blocks, CancellationToken cancellationToken)
    {
        var tree = new ClauseTreeBuilder();
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block.Kind)
            {
                case BlockKind.Footnote:
                    tree.AddFootnote(block);
                    break;
                case BlockKind.Table when block.Table is not null:
                    tree.AddTable(block);
                    break;
                default:
                    AddTextBlock(tree, block);
                    break;
            }
        }

        return tree.Finish();
    }

    private static void AddTextBlock(ClauseTreeBuilder tree, DecodedBlock block)
    {
        var text = block.DisplayText.Trim();
        if (text.Length == 0)
        {
            return;
        }

        var isHeading = block.Kind == BlockKind.Heading && !IsRegistrationLine(text);
        var label = ClauseLabelParser.Parse(text);
        if (label is not null && tree.TryOpen(label, block, isHeading))
        {
            return;
        }

        if (isHeading)
        {
            tree.OpenHeading(text, block);
            return;
        }

        tree.AppendText(text, block);
    }

    /// <summary>
    /// The Minjust registration line of a Russian order ("Зарегистрировано в Минюсте России 21 февраля 2019 г. N 53863")
    /// is text of the preamble even where the file marks it as an outline heading (ConsultantPlus does).
    /// </summary>
    private static bool IsRegistrationLine(string text) => RegistrationLine().IsMatch(text);

    [GeneratedRegex(@"^Зарегистрирован[оа]?\s+в\s+(Минюсте|Министерстве\s+юстиции)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegistrationLine();
}
