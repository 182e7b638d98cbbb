using Ratro.Knowledge.Ingestion.Decoders.Docx;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxPageTests
{
    private const string PageBreak = "<w:r><w:br w:type=\"page\"/></w:r>";
    private const string RenderedBreak = "<w:r><w:lastRenderedPageBreak/></w:r>";

    [Fact]
    public async Task Pages_follow_explicit_section_and_rendered_breaks()
    {
        var styles = W.ParagraphStyle("Chapter", "Глава с новой страницы", "<w:pageBreakBefore/>");
        var body = string.Concat(
            W.P("Титульный лист"),
            W.Raw(W.R("Конец титула"), properties: "<w:sectPr/>"),
            W.P("Вторая страница"),
            W.Raw(W.R("Конец второй") + PageBreak),
            W.Raw(RenderedBreak + W.R("Начало третьей")),
            W.Raw(W.R("Длинный абзац ") + RenderedBreak + W.R("перетекает")),
            W.P("С новой страницы", properties: "<w:pageBreakBefore/>"),
            W.P("Стиль с разрывом", "Chapter"),
            W.Raw(W.R("Перед непрерывным разделом"), properties: "<w:sectPr/>"),
            W.P("После непрерывного раздела"),
            "<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr>");
        var fixture = new DocxFixture { Styles = styles, Body = body };

        var document = await fixture.DecodeAsync();

        Assert.Equal(
            [
                ("Титульный лист", 1, null), ("Конец титула", 1, null), ("Вторая страница", 2, null), ("Конец второй", 2, null),
                ("Начало третьей", 3, null), ("Длинный абзац перетекает", 3, 4), ("С новой страницы", 5, null), ("Стиль с разрывом", 6, null),
                ("Перед непрерывным разделом", 6, null), ("После непрерывного раздела", 6, (int?)null),
            ],
            document.Blocks.Select(b => (b.Text, b.Page ?? 0, b.PageEnd)));
        Assert.Equal(6, document.PageCount);
        Assert.Equal("rendered", document.Properties[DocxDecoder.PageSourceKey]);
        Assert.DoesNotContain(document.Warnings, w => w.Contains("page", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Page_break_before_at_the_top_of_the_first_page_adds_no_page()
    {
        var fixture = new DocxFixture { Body = W.P("Первый", properties: "<w:pageBreakBefore/>") + W.Raw(RenderedBreak + W.R("Второй"), properties: "<w:pageBreakBefore/>") };

        var document = await fixture.DecodeAsync();

        Assert.Equal([1, 2], document.Blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public async Task Without_recorded_breaks_blocks_have_no_pages()
    {
        var fixture = new DocxFixture { Body = W.P("Первый абзац") + W.P("Второй абзац") };

        var document = await fixture.DecodeAsync();

        Assert.All(document.Blocks, b => Assert.Null(b.Page));
        Assert.Equal(0, document.PageCount);
        Assert.False(document.Properties.ContainsKey(DocxDecoder.PageSourceKey));
        Assert.Contains("The file records no page breaks, so blocks carry no page numbers.", document.Warnings);
    }

    [Fact]
    public async Task Explicit_breaks_alone_give_no_pages_because_they_cannot_tell_where_pages_end()
    {
        var fixture = new DocxFixture { Body = W.P("Обложка") + W.Raw(PageBreak) + W.P("Текст") };

        var document = await fixture.DecodeAsync();

        Assert.All(document.Blocks, b => Assert.Null(b.Page));
        Assert.Equal(0, document.PageCount);
        Assert.Equal("explicit", document.Properties[DocxDecoder.PageSourceKey]);
        Assert.Contains("The file records explicit page and section breaks but not Word's page layout, so blocks carry no page numbers.", document.Warnings);
    }
}
