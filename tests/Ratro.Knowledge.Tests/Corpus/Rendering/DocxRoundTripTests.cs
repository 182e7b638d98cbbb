using System.Text.RegularExpressions;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Docx;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Docx;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

/// <summary>
/// A Word rendition read back by the ingestion DOCX decoder gives the clause tree the Markdown gives: same
/// keys, printed numbers (Word's automatic numbers), headings, texts and footnotes.
/// </summary>
public sealed partial class DocxRoundTripTests
{
    public static TheoryData<string> CorpusDocuments() =>
        new(Directory.EnumerateFiles(CorpusFiles.DocumentsPath, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(RenderingSamples.Names), MemberType = typeof(RenderingSamples))]
    public async Task A_sample_reads_back_as_the_clause_tree_of_its_markdown(string sample) =>
        await AssertRoundTripAsync(RenderingSamples.Path(sample));

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public async Task A_corpus_document_reads_back_as_the_clause_tree_of_its_markdown(string file) =>
        await AssertRoundTripAsync(Path.Combine(CorpusFiles.DocumentsPath, file));

    [Fact]
    public async Task The_decoder_sees_automatic_numbers_equal_to_the_printed_ones()
    {
        var source = await RenderingSamples.ReadAsync(RenderingSamples.RussianSections);
        var decoded = await DecodeDocxAsync(new DocxCorpusRenderer().Render(source, TestContext.Current.CancellationToken).Bytes);
        var labels = decoded.Where(b => b.NumberLabel is not null).Select(b => b.NumberLabel!).ToList();

        Assert.Equal(
            ["1.", "1.1.", "1.2.", "2.", "2.1.", "2.3.", "3.", "3.1.", "3.1.1.", "3.1.2.", "3.1.3.", "3.2.", "3.2.1.", "3.2.2.", "3.2.5.", "4.", "4.1.", "4.2.", "4.3.", "4.4.", "4.5.", "5.", "5.1.", "5.2.", "5.3."],
            labels);
    }

    private static async Task AssertRoundTripAsync(string path)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var bytes = await File.ReadAllBytesAsync(path, cancellation);
        var markdown = await new MarkdownDecoder().DecodeAsync(bytes, Path.GetFileName(path), cancellation);
        var source = await CorpusSourceReader.ReadAsync(bytes, Path.GetFileName(path), cancellation);
        var docx = await DecodeDocxAsync(new DocxCorpusRenderer().Render(source, cancellation).Bytes);

        var expected = Outline(new ClauseStructurer().Build(markdown.Blocks, cancellation));
        var actual = Outline(new ClauseStructurer().Build(docx, cancellation));

        Assert.Equal(expected, actual);
    }

    private static async Task<IReadOnlyList<DecodedBlock>> DecodeDocxAsync(byte[] bytes) =>
        (await new DocxDecoder(new IngestionOptions()).DecodeAsync(bytes, "rendition.docx", TestContext.Current.CancellationToken)).Blocks;

    /// <summary>
    /// The tree without the preamble (the rendition's title block), footnote marks written as the mark alone
    /// (Markdown keeps "[^1]", Word shows "1"), footnote texts without a custom mark Word repeats in the note.
    /// </summary>
    private static List<string> Outline(IReadOnlyList<Clause> clauses) => clauses
        .Where(c => c.Kind != ClauseKind.Preamble)
        .Select(c => $"{c.Key} | {c.Number} | {c.Heading} | {Marks().Replace(c.Text, "${mark}")} | {string.Join("; ", c.Footnotes.Select(NoteText))}")
        .ToList();

    private static string NoteText(Footnote footnote)
    {
        var mark = footnote.Marker.TrimStart('^') + " ";
        return footnote.Text.StartsWith(mark, StringComparison.Ordinal) && !char.IsDigit(mark[0]) ? footnote.Text[mark.Length..] : footnote.Text;
    }

    [GeneratedRegex(@"\[\^?(?<mark>[^\[\]\s]{1,16})\]")]
    private static partial Regex Marks();
}
