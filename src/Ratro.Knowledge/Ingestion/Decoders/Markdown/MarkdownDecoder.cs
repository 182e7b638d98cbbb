using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using DocumentFootnote = Ratro.Knowledge.Documents.Footnote;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace Ratro.Knowledge.Ingestion.Decoders.Markdown;

/// <summary>
/// Markdown with YAML front matter (the corpus format): headings, numbered paragraphs, ordered lists
/// (their numbers kept as printed), pipe tables and footnotes. The first level-1 heading is the title.
/// </summary>
public sealed class MarkdownDecoder : IDocumentDecoder
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();

    public SourceFormat Format => SourceFormat.Markdown;

    public Task<DecodedDocument> DecodeAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        var text = TextContent.Read(content.Span, fileName);
        var (frontMatter, body, _) = FrontMatter.Split(text, fileName);
        var document = Markdig.Markdown.Parse(body, Pipeline);
        var properties = new Dictionary<string, object?>(frontMatter, StringComparer.Ordinal);
        var footnotes = CollectFootnotes(document);
        var blocks = new List<DecodedBlock>();
        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddBlock(block, blocks, properties, footnotes);
        }

        return Task.FromResult(new DecodedDocument { Format = SourceFormat.Markdown, Blocks = blocks, Properties = properties });
    }

    private static void AddBlock(Block block, List<DecodedBlock> blocks, Dictionary<string, object?> properties, Dictionary<string, string> footnotes)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 } heading when !properties.ContainsKey("title"):
                properties["title"] = InlineText.Of(heading.Inline);
                break;
            case HeadingBlock heading:
                blocks.Add(new DecodedBlock { Kind = BlockKind.Heading, Text = InlineText.Of(heading.Inline), HeadingLevel = heading.Level - 1 });
                break;
            case ParagraphBlock paragraph:
                blocks.Add(Paragraph(InlineText.Of(paragraph.Inline), paragraph, footnotes));
                break;
            case ListBlock list:
                AddList(list, blocks, footnotes);
                break;
            case MarkdownTable table:
                blocks.Add(new DecodedBlock { Kind = BlockKind.Table, Text = "", Table = MarkdownTables.Convert(table) });
                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                {
                    AddBlock(inner, blocks, properties, footnotes);
                }

                break;
            case FootnoteGroup or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                break;
            case LeafBlock leaf:
                var lines = leaf.Lines.ToString().Trim();
                if (lines.Length > 0)
                {
                    blocks.Add(new DecodedBlock { Kind = BlockKind.Paragraph, Text = lines });
                }

                break;
        }
    }

    private static void AddList(ListBlock list, List<DecodedBlock> blocks, Dictionary<string, string> footnotes)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{item.Order}{list.OrderedDelimiter}" : "–";
            var first = true;
            foreach (var inner in item)
            {
                var text = inner is ParagraphBlock p ? InlineText.Of(p.Inline) : inner is LeafBlock leaf ? leaf.Lines.ToString() : "";
                if (inner is ListBlock nested)
                {
                    AddList(nested, blocks, footnotes);
                    continue;
                }

                blocks.Add(Paragraph(first ? $"{marker} {text}" : text, inner, footnotes));
                first = false;
            }
        }
    }

    private static DecodedBlock Paragraph(string text, Block source, Dictionary<string, string> footnotes) => new()
    {
        Kind = BlockKind.Paragraph,
        Text = text,
        Footnotes = source is LeafBlock { Inline: not null } leaf
            ? leaf.Inline.Descendants<FootnoteLink>()
                .Where(l => !l.IsBackLink)
                .Select(l => l.Footnote.Label ?? l.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Distinct(StringComparer.Ordinal)
                .Where(footnotes.ContainsKey)
                .Select(label => new DocumentFootnote(label, footnotes[label]))
                .ToList()
            : [],
    };

    private static Dictionary<string, string> CollectFootnotes(MarkdownDocument document)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var footnote in document.Descendants<Footnote>())
        {
            var text = string.Join(" ", footnote.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
            result[footnote.Label ?? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text;
        }

        return result;
    }
}
