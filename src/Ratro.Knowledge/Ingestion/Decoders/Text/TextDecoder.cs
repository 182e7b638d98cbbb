using System.Text;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Ingestion.Decoders.Text;

/// <summary>
/// Plain text: paragraphs separated by blank lines; a line that starts with a clause identifier starts a
/// new paragraph; form feeds (as pdftotext writes them) separate pages.
/// </summary>
public sealed class TextDecoder : IDocumentDecoder
{
    public SourceFormat Format => SourceFormat.Text;

    public Task<DecodedDocument> DecodeAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        var text = TextContent.Read(content.Span, fileName);
        var pages = text.Split('\f');
        var hasPages = pages.Length > 1;
        var blocks = new List<DecodedBlock>();
        for (var p = 0; p < pages.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddPage(pages[p], hasPages ? p + 1 : null, blocks);
        }

        return Task.FromResult(new DecodedDocument
        {
            Format = SourceFormat.Text,
            Blocks = blocks,
            PageCount = hasPages ? pages.Length - (pages[^1].Trim().Length == 0 ? 1 : 0) : 0,
        });
    }

    private static void AddPage(string page, int? number, List<DecodedBlock> blocks)
    {
        var paragraph = new StringBuilder();
        foreach (var raw in page.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || (paragraph.Length > 0 && ClauseLabelParser.Parse(line) is not null))
            {
                Flush(paragraph, number, blocks);
            }

            if (line.Length > 0)
            {
                LineJoiner.Append(paragraph, line);
            }
        }

        Flush(paragraph, number, blocks);
    }

    private static void Flush(StringBuilder paragraph, int? page, List<DecodedBlock> blocks)
    {
        if (paragraph.Length > 0)
        {
            blocks.Add(new DecodedBlock { Kind = BlockKind.Paragraph, Text = paragraph.ToString(), Page = page });
            paragraph.Clear();
        }
    }
}
