using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Docx;
using Ratro.Knowledge.Corpus.Rendering.Pdf;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

public sealed class RenditionDeterminismTests
{
    [Theory]
    [MemberData(nameof(RenderingSamples.Names), MemberType = typeof(RenderingSamples))]
    public async Task Two_renders_of_the_same_markdown_are_byte_identical(string sample)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var first = await RenderingSamples.ReadAsync(sample);
        var second = await RenderingSamples.ReadAsync(sample);

        Assert.Equal(new PdfCorpusRenderer().Render(first, cancellation).Bytes, new PdfCorpusRenderer().Render(second, cancellation).Bytes);
        Assert.Equal(new DocxCorpusRenderer().Render(first, cancellation).Bytes, new DocxCorpusRenderer().Render(second, cancellation).Bytes);
    }

    [Fact]
    public async Task A_changed_word_changes_the_renditions()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var text = await File.ReadAllTextAsync(RenderingSamples.Path(RenderingSamples.RussianLaw), cancellation);
        var original = await CorpusSourceReader.ReadAsync(System.Text.Encoding.UTF8.GetBytes(text), "law.md", cancellation);
        var edited = await CorpusSourceReader.ReadAsync(System.Text.Encoding.UTF8.GetBytes(text.Replace("ядерными", "радиоактивными", StringComparison.Ordinal)), "law.md", cancellation);

        Assert.NotEqual(new PdfCorpusRenderer().Render(original, cancellation).Bytes, new PdfCorpusRenderer().Render(edited, cancellation).Bytes);
        Assert.NotEqual(new DocxCorpusRenderer().Render(original, cancellation).Bytes, new DocxCorpusRenderer().Render(edited, cancellation).Bytes);
    }
}
