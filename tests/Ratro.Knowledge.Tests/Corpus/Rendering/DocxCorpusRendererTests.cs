using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ratro.Knowledge.Corpus.Rendering.Docx;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

public sealed class DocxCorpusRendererTests
{
    [Fact]
    public async Task Headings_use_the_built_in_heading_styles_with_outline_levels()
    {
        using var word = await RenderAsync(RenderingSamples.RussianSections);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(style.StyleRunProperties!.Bold);
        }

        var headings = Paragraphs(word).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        Assert.Contains(("Heading1", "Область применения"), headings);
        Assert.Contains(("Heading2", "Индивидуальный дозиметрический контроль"), headings);
        Assert.Contains(("Heading3", "Контроль блокировок"), headings);
    }

    [Fact]
    public async Task The_numbering_part_defines_one_multi_level_decimal_list()
    {
        using var word = await RenderAsync(RenderingSamples.RussianSections);
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var levels = numbering.Elements<AbstractNum>().Single().Elements<Level>().ToList();

        Assert.Equal(["%1.", "%1.%2.", "%1.%2.%3."], levels.Take(3).Select(l => l.LevelText!.Val!.Value!));
        Assert.All(levels, l => Assert.Equal(NumberFormatValues.Decimal, l.NumberingFormat!.Val!.Value));
        Assert.All(levels, l => Assert.Equal(1, l.StartNumberingValue!.Val!.Value));
    }

    [Fact]
    public async Task Clause_numbers_are_automatic_and_skipped_numbers_start_a_list_instance_with_start_overrides()
    {
        using var word = await RenderAsync(RenderingSamples.RussianSections);
        var numbered = Paragraphs(word).Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        var skipped = numbered.Single(p => p.InnerText.StartsWith("Результаты контроля заносят", StringComparison.Ordinal));
        var instanceId = skipped.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var instance = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == instanceId);

        Assert.True(numbered.Count >= 25, $"{numbered.Count} automatically numbered paragraphs");
        Assert.DoesNotContain(numbered, p => p.InnerText.StartsWith("3.1.", StringComparison.Ordinal));
        Assert.Equal([2, 3], instance.Elements<LevelOverride>().Select(o => o.StartOverrideNumberingValue!.Val!.Value));
        Assert.Equal(1, skipped.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value);
    }

    [Fact]
    public async Task Parts_restart_in_every_article()
    {
        using var word = await RenderAsync(RenderingSamples.RussianLaw);
        var parts = Paragraphs(word).Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        var instances = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        var firstOfArticle3 = parts.Single(p => p.InnerText.StartsWith("Организация, использующая", StringComparison.Ordinal));
        var restart = instances[firstOfArticle3.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value];

        Assert.Equal(7, parts.Count);
        Assert.Equal([1], restart.Elements<LevelOverride>().Select(o => o.StartOverrideNumberingValue!.Val!.Value));
        Assert.Equal(3, parts.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().Count());
    }

    [Fact]
    public async Task Tables_have_a_repeating_bold_header_row_and_the_cells_of_the_markdown()
    {
        using var word = await RenderAsync(RenderingSamples.RussianSections);
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal("TableGrid", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Equal(["Помещение за защитой", "Категория находящихся лиц", "Мощность дозы, мкЗв/ч", "Периодичность измерений"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["Пультовая ускорителя", "Персонал группы А", "6,0", "При приемке и ежегодно, а также после ремонта защиты"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task Footnotes_live_in_the_footnotes_part_and_are_referenced_from_the_text()
    {
        using var word = await RenderAsync(RenderingSamples.RussianSections);
        var notes = word.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        var references = word.MainDocumentPart.Document!.Body!.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();

        Assert.Equal([1L, 2L], notes.Select(n => n.Id!.Value));
        Assert.Equal([1L, 2L], references);
        Assert.Contains("фотонейтронов", notes[1].InnerText, StringComparison.Ordinal);
        Assert.NotNull(notes[1].Descendants<FootnoteReferenceMark>().SingleOrDefault());
    }

    [Fact]
    public async Task A_footnote_marked_with_a_letter_keeps_its_mark()
    {
        using var word = await RenderAsync(RenderingSamples.EnglishRequirements);
        var reference = word.MainDocumentPart!.Document!.Body!.Descendants<FootnoteReference>().Single();

        Assert.True(reference.CustomMarkFollows?.Value);
        Assert.Equal("a", reference.Parent!.InnerText);
    }

    [Fact]
    public async Task Core_properties_name_title_designation_and_creator()
    {
        using var word = await RenderAsync(RenderingSamples.EnglishRequirements);

        Assert.Equal("Quality assurance of medical linear accelerators (sample)", word.PackageProperties.Title);
        Assert.Equal("SAMPLE-QA 7:2024", word.PackageProperties.Subject);
        Assert.Equal("РАТРО", word.PackageProperties.Creator);
        Assert.Equal(new DateTime(2024, 5, 20), word.PackageProperties.Created?.Date);
    }

    [Fact]
    public async Task An_annex_heading_starts_a_new_page()
    {
        using var word = await RenderAsync(RenderingSamples.EnglishRequirements);
        var annex = Paragraphs(word).Single(p => p.InnerText.StartsWith("Annex A", StringComparison.Ordinal));
        var others = Paragraphs(word).Where(p => p != annex);

        Assert.NotNull(annex.ParagraphProperties!.PageBreakBefore);
        Assert.DoesNotContain(others, p => p.ParagraphProperties?.PageBreakBefore is not null);
    }

    private static async Task<WordprocessingDocument> RenderAsync(string sample)
    {
        var source = await RenderingSamples.ReadAsync(sample);
        var bytes = new DocxCorpusRenderer().Render(source, TestContext.Current.CancellationToken).Bytes;
        return WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>();
}
