using Ratro.Knowledge.Corpus.Rendering.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

public sealed class PdfCorpusRendererTests
{
    [Fact]
    public async Task Cyrillic_text_reads_back_with_its_word_spacing()
    {
        using var pdf = await RenderAsync(RenderingSamples.RussianSections);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => ContentOrderTextExtractor.GetText(p).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

        Assert.Contains("1.1. Настоящие указания описывают порядок радиационного контроля", text);
        Assert.Contains("не должна превышать 20 мЗв в среднем за любые последовательные 5 лет", text);
        Assert.Contains("Контроль облучения персонала", text);
    }

    [Fact]
    public async Task A_long_document_runs_over_pages_with_the_running_header_and_page_number_on_each()
    {
        var source = await RenderingSamples.ReadAsync(RenderingSamples.RussianSections);
        var rendition = new PdfCorpusRenderer().Render(source, TestContext.Current.CancellationToken);
        using var pdf = PdfPigDocument.Open(rendition.Bytes);

        Assert.True(pdf.NumberOfPages > 1, $"{pdf.NumberOfPages} page(s)");
        Assert.Equal(pdf.NumberOfPages, rendition.Pages);
        foreach (var page in pdf.GetPages())
        {
            var lines = ContentOrderTextExtractor.GetText(page).Split('\n', StringSplitOptions.TrimEntries);
            Assert.Contains("МУ-ОБР 2.6.1.0001-24", lines);
            Assert.Contains($"— {page.Number} —", lines);
            var header = Words(page, "МУ-ОБР").MaxBy(w => w.BoundingBox.Bottom)!;
            Assert.True(header.Letters[0].PointSize < 9, "the running header is set small");
        }
    }

    [Fact]
    public async Task Headings_are_bold_and_larger_than_clause_text()
    {
        using var pdf = await RenderAsync(RenderingSamples.RussianSections);
        var page = pdf.GetPage(1);
        var heading = Words(page, "Область").Single().Letters[0];
        var body = Words(page, "Настоящие").Single().Letters[0];

        Assert.Contains("Bold", heading.FontName, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", body.FontName, StringComparison.Ordinal);
        Assert.True(heading.PointSize > body.PointSize, $"heading {heading.PointSize} pt, body {body.PointSize} pt");
    }

    [Fact]
    public async Task Footnotes_sit_at_the_bottom_of_the_page_that_references_them_in_a_smaller_font()
    {
        using var pdf = await RenderAsync(RenderingSamples.RussianSections);
        var page = pdf.GetPages().Single(p => Words(p, "фотонейтронов").Any());
        var note = Words(page, "фотонейтронов").Single();
        var body = Words(page, "Измерения").Single();
        var bodyLines = page.GetWords().Where(w => w.Letters[0].PointSize >= 10 && w.BoundingBox.Bottom < 780).ToList();

        Assert.True(note.Letters[0].PointSize < body.Letters[0].PointSize);
        Assert.True(note.BoundingBox.Top < bodyLines.Min(w => w.BoundingBox.Bottom), "the footnote is below all clause text");
        var marks = page.Letters.Where(l => l.Value == "2" && l.PointSize < note.Letters[0].PointSize).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Contains(marks, m => m.StartBaseLine.Y > note.BoundingBox.Top);
    }

    [Fact]
    public async Task Tables_are_grids_whose_long_cells_wrap()
    {
        using var pdf = await RenderAsync(RenderingSamples.RussianSections);
        var page = pdf.GetPage(1);
        var header = Words(page, "Периодичность").First(w => w.Letters[0].FontName?.Contains("Bold", StringComparison.Ordinal) == true);
        var first = Words(page, "Пультовая").Single();
        var wrapped = Words(page, "защиты").Where(w => w.BoundingBox.Left > header.BoundingBox.Left - 1).ToList();

        Assert.True(first.BoundingBox.Left < header.BoundingBox.Left, "cells sit in their columns");
        Assert.NotEmpty(wrapped);
        Assert.True(wrapped[0].BoundingBox.Bottom < Words(page, "приемке").First().BoundingBox.Bottom, "the long cell continues on a second line");
        Assert.True(page.Paths.Count > 10, "the grid is drawn");
    }

    [Fact]
    public async Task An_annex_starts_a_new_page()
    {
        using var pdf = await RenderAsync(RenderingSamples.RussianSections);
        var page = pdf.GetPages().Single(p => Words(p, "Приложение").Any());
        var topmost = page.GetWords().Where(w => w.BoundingBox.Bottom < 780).MaxBy(w => w.BoundingBox.Bottom);

        Assert.Equal("Приложение", topmost?.Text);
        Assert.True(page.Number > 1);
    }

    [Fact]
    public async Task Document_properties_carry_title_designation_author_and_the_front_matter_date()
    {
        using var pdf = await RenderAsync(RenderingSamples.EnglishRequirements);

        Assert.Equal("Quality assurance of medical linear accelerators (sample)", pdf.Information.Title);
        Assert.Equal("SAMPLE-QA 7:2024", pdf.Information.Subject);
        Assert.Equal("РАТРО", pdf.Information.Author);
        Assert.StartsWith("D:20240520", pdf.Information.CreationDate, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RenderingSamples.Names), MemberType = typeof(RenderingSamples))]
    public async Task Every_sample_renders_its_title_block_on_page_one(string sample)
    {
        var source = await RenderingSamples.ReadAsync(sample);
        using var pdf = PdfPigDocument.Open(new PdfCorpusRenderer().Render(source, TestContext.Current.CancellationToken).Bytes);
        var first = ContentOrderTextExtractor.GetText(pdf.GetPage(1));

        Assert.Contains(source.Designation, first);
        Assert.Contains(source.Title.Split(' ')[0], first);
    }

    private static async Task<PdfPigDocument> RenderAsync(string sample)
    {
        var source = await RenderingSamples.ReadAsync(sample);
        return PdfPigDocument.Open(new PdfCorpusRenderer().Render(source, TestContext.Current.CancellationToken).Bytes);
    }

    private static IEnumerable<Word> Words(Page page, string text) =>
        page.GetWords().Where(w => w.Text.Trim('.', ',', ';') == text);
}
