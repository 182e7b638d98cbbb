using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>
/// Turns decoded blocks into the clause tree. The same rules serve every format: clause identifiers
/// found from numbering patterns (decimal numbering checked against the running sequence), article,
/// chapter, annex, table and requirement labels, and unnumbered headings nested by heading level.
/// Text before the first clause becomes the preamble.
/// </summary>
public sealed class ClauseStructurer
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

        var isHeading = block.Kind == BlockKind.Heading;
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
}
