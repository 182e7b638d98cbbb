using System.Text;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Corpus.Synthesis;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.Tests.Support;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Ratro.Knowledge.Tests.Corpus.Synthesis;

public sealed class SyntheticCorpusWriterTests
{
    [Fact]
    public async Task Writes_markdown_and_the_pdf_share_with_the_same_bytes_on_every_run()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new SynthesisOptions { Count = 20, OutputDirectory = first.Path, Seed = 4, PdfShare = 0.3 };

        var summary = await SyntheticCorpusWriter.WriteAsync(options, TestContext.Current.CancellationToken);
        await SyntheticCorpusWriter.WriteAsync(options with { OutputDirectory = second.Path }, TestContext.Current.CancellationToken);

        var corpus = new SyntheticCorpus(4, 20);
        var expectedPdfs = Enumerable.Range(0, 20).Count(i => corpus.Generate(i, 0.3).AsPdf);
        var files = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(20, files.Count);
        Assert.Equal(expectedPdfs, summary.PdfFiles);
        Assert.InRange(summary.PdfFiles, 1, 19);
        Assert.Equal(files.Count(f => f!.EndsWith(".pdf", StringComparison.Ordinal)), summary.PdfFiles);
        Assert.Equal(files.Sum(f => new FileInfo(first.File(f!)).Length), summary.Bytes);
        Assert.Equal(Enumerable.Range(0, 20).Sum(i => corpus.Generate(i).Clauses), summary.Clauses);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(first.File(f!)), File.ReadAllBytes(second.File(f!))));
    }

    [Fact]
    public async Task Pdf_documents_are_readable_and_carry_their_designation_and_the_synthetic_title()
    {
        using var folder = new TempDirectory();
        await SyntheticCorpusWriter.WriteAsync(new SynthesisOptions { Count = 6, OutputDirectory = folder.Path, Seed = 2, PdfShare = 1 }, TestContext.Current.CancellationToken);

        foreach (var file in Directory.GetFiles(folder.Path, "*.pdf"))
        {
            using var pdf = PdfPigDocument.Open(file);
            var designation = pdf.Information.Subject!;
            Assert.True(SyntheticFamilies.IsSynthetic(designation), designation);
            Assert.StartsWith("[SYNTH] ", pdf.Information.Title, StringComparison.Ordinal);
            Assert.Equal(CorpusFileNames.Stem(designation) + ".pdf", Path.GetFileName(file));
            Assert.Contains(designation, ContentOrderTextExtractor.GetText(pdf.GetPage(1)), StringComparison.Ordinal);
        }

        Assert.Equal(6, Directory.GetFiles(folder.Path, "*.pdf").Length);
    }

    [Fact]
    public async Task Markdown_files_are_corpus_documents_marked_synthetic()
    {
        using var folder = new TempDirectory();
        await SyntheticCorpusWriter.WriteAsync(new SynthesisOptions { Count = 5, OutputDirectory = folder.Path, Seed = 9, PdfShare = 0 }, TestContext.Current.CancellationToken);

        foreach (var file in Directory.GetFiles(folder.Path))
        {
            var decoded = await new MarkdownDecoder().DecodeAsync(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), Path.GetFileName(file), TestContext.Current.CancellationToken);
            var metadata = FrontMatterReader.Read(decoded.Properties, file);
            Assert.True(metadata.IsSynthetic);
            Assert.Equal(CorpusFileNames.Stem(metadata.Canonical!) + ".md", Path.GetFileName(file));
            Assert.DoesNotContain((byte)0xEF, (await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)).Take(3));
        }
    }

    [Fact]
    public async Task Refuses_to_write_into_a_corpus_folder()
    {
        using var repository = new TempDirectory();
        Directory.CreateDirectory(repository.File(Path.Combine("corpus", "documents")));
        var options = new SynthesisOptions { Count = 2, OutputDirectory = repository.File(Path.Combine("corpus", "synthetic")) };

        var error = await Assert.ThrowsAsync<CorpusException>(() => SyntheticCorpusWriter.WriteAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("never be written into the real corpus", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.OutputDirectory));
    }

    [Theory]
    [InlineData(0, 0.05)]
    [InlineData(10, 1.5)]
    [InlineData(10, -0.1)]
    public async Task Rejects_a_count_below_one_or_a_share_outside_zero_to_one(int count, double share)
    {
        using var folder = new TempDirectory();
        var options = new SynthesisOptions { Count = count, OutputDirectory = folder.File("out"), PdfShare = share };

        await Assert.ThrowsAsync<CorpusException>(() => SyntheticCorpusWriter.WriteAsync(options, TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(options.OutputDirectory));
    }
}
