using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Reads a PDF's text layer (PdfPig) into located blocks: lines built from glyph positions (word gaps
/// measured against the font size), two-column pages put in reading order, tables read from rulings or
/// aligned runs, running headers, footers and page numbers removed, footnotes taken apart, paragraphs
/// and headings found from spacing, indentation and font, paragraphs split by a page break rejoined.
/// Pages are read in parallel (<see cref="PdfPageReader"/>, <see cref="IngestionOptions.PdfPageWorkers"/>).
/// A file without a usable text layer, encrypted, damaged or longer than
/// <see cref="IngestionOptions.MaxPages"/> is refused with an <see cref="IngestionException"/>.
/// </summary>
public sealed class PdfDecoder(IngestionOptions options) : IDocumentDecoder
{
    public PdfDecoder(IOptions<IngestionOptions> options)
        : this(options.Value)
    {
    }

    public SourceFormat Format => SourceFormat.Pdf;

    /// <summary>The work is CPU-bound and synchronous; this wraps <see cref="Decode"/> for the decoder contract.</summary>
    public Task<DecodedDocument> DecodeAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken) =>
        Task.FromResult(Decode(content, fileName, cancellationToken));

    public DecodedDocument Decode(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken)
    {
        using var document = PdfDocumentOpener.Open(content, fileName);
        var pageCount = document.NumberOfPages;
        if (pageCount > options.MaxPages)
        {
            throw new IngestionException(IngestionFailure.TooLarge, $"'{fileName}' has {pageCount} pages; at most {options.MaxPages} pages are read (setting Ingestion:MaxPages).");
        }

        var read = PdfPageReader.ReadAll(document, content, fileName, options.PdfPageWorkers, cancellationToken);
        var pages = read.Contents;
        var check = read.Check;
        check.Verify(fileName, pageCount);
        RunningTextFilter.Remove(pages);
        var words = Vocabulary(pages);
        var style = PdfBodyStyle.Measure(pages);
        var builder = new PdfParagraphBuilder(style, words);
        var blocks = new List<DecodedBlock>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var notes = PdfFootnoteDetector.Extract(page, style, words);
            blocks.AddRange(builder.Build(page));
            blocks.AddRange(notes);
        }

        blocks = PdfHeadings.AssignLevels(PdfHeadings.MergeLabels(PageBreakJoiner.Join(blocks, words)));
        return new DecodedDocument
        {
            Format = SourceFormat.Pdf,
            Blocks = blocks,
            PageCount = pageCount,
            Properties = PdfProperties.Read(document.Information),
            Warnings = read.Warnings,
        };
    }

    private static HyphenatedWords Vocabulary(IReadOnlyList<PdfPageContent> pages)
    {
        var words = new HyphenatedWords();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            foreach (var word in line.Runs.SelectMany(r => r.Words))
            {
                if (!word.Text.EndsWith('-'))
                {
                    words.Add(word.Text);
                }
            }
        }

        return words;
    }
}
