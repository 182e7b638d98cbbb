using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxHeadingTests
{
    /// <summary>Style ids as Russian Word, LibreOffice and custom templates write them; names and outline levels decide.</summary>
    private static readonly string Styles = string.Concat(
        W.ParagraphStyle("a", "Normal"),
        W.ParagraphStyle("1", "heading 1", "<w:outlineLvl w:val=\"0\"/>"),
        W.ParagraphStyle("2", "heading 2"),
        W.ParagraphStyle("Заголовок1", "Заголовок 1"),
        W.ParagraphStyle("a3", "Title"),
        W.ParagraphStyle("Custom", "Раздел приказа", basedOn: "2"),
        W.ParagraphStyle("Outlined", "Пункт-заголовок", "<w:outlineLvl w:val=\"2\"/>"),
        W.ParagraphStyle("BodyText", "Body Text", "<w:outlineLvl w:val=\"9\"/>", basedOn: "1"));

    public static TheoryData<string, string?, string, int?> Cases => new()
    {
        { "Title style is body text", "a3", "", null },
        { "Localized id, English name", "1", "", 1 },
        { "Name without outline level", "2", "", 2 },
        { "Russian name (LibreOffice)", "Заголовок1", "", 1 },
        { "Inherited through basedOn", "Custom", "", 2 },
        { "Outline level of the style", "Outlined", "", 3 },
        { "Outline level of the paragraph", "a", "<w:outlineLvl w:val=\"1\"/>", 2 },
        { "Paragraph outline level 9 overrides the style", "1", "<w:outlineLvl w:val=\"9\"/>", null },
        { "Style outline level 9 stops the chain", "BodyText", "", null },
        { "Plain paragraph", "a", "", null },
        { "No style at all", null, "", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Heading_level_comes_from_style_name_or_outline_level(string text, string? style, string properties, int? level)
    {
        var fixture = new DocxFixture { Styles = Styles, Body = W.P(text, style, properties) };

        var block = Assert.Single((await fixture.DecodeAsync()).Blocks);

        Assert.Equal(text, block.Text);
        Assert.Equal(level, block.HeadingLevel);
        Assert.Equal(level is null ? BlockKind.Paragraph : BlockKind.Heading, block.Kind);
    }

    [Fact]
    public async Task Title_paragraph_names_the_document_when_the_core_title_is_empty()
    {
        var body = W.P("НОРМЫ РАДИАЦИОННОЙ БЕЗОПАСНОСТИ", "a3") + W.P("1 Общие положения", "1") + W.P("Второй титул", "a3");

        var untitled = await new DocxFixture { Styles = Styles, Body = body }.DecodeAsync();
        var titled = await new DocxFixture { Styles = Styles, Body = body, Title = "НРБ-99/2009" }.DecodeAsync();

        Assert.Equal("НОРМЫ РАДИАЦИОННОЙ БЕЗОПАСНОСТИ", untitled.Properties["title"]);
        Assert.Equal("НРБ-99/2009", titled.Properties["title"]);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], untitled.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public async Task Style_name_is_reported_not_the_localized_id()
    {
        var fixture = new DocxFixture { Styles = Styles, Body = W.P("Общие положения", "Заголовок1") };

        var block = Assert.Single((await fixture.DecodeAsync()).Blocks);

        Assert.Equal("Заголовок 1", block.Style);
    }

    [Fact]
    public async Task Bold_paragraph_continuing_a_heading_in_the_same_style_joins_it()
    {
        var styles = W.ParagraphStyle("2", "ConsPlusTitle", runProperties: "<w:b/>") + W.ParagraphStyle("0", "ConsPlusNormal");
        var center = "<w:jc w:val=\"center\"/>";
        var fixture = new DocxFixture
        {
            Styles = styles,
            Body = W.P("Глава 5. ФЕДЕРАЛЬНЫЙ ГОСУДАРСТВЕННЫЙ КОНТРОЛЬ", "2", "<w:outlineLvl w:val=\"0\"/>" + center)
                + W.P("(НАДЗОР) ЗА ОБРАБОТКОЙ ПЕРСОНАЛЬНЫХ ДАННЫХ", "2", center)
                + W.P("")
                + W.P("ОТДЕЛЬНЫЙ ЖИРНЫЙ АБЗАЦ", "2", center)
                + W.P("Статья 23. Уполномоченный орган", "2", "<w:outlineLvl w:val=\"1\"/>")
                + W.P("Обычный текст", "0"),
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Collection(
            blocks,
            b => Assert.Equal(("Глава 5. ФЕДЕРАЛЬНЫЙ ГОСУДАРСТВЕННЫЙ КОНТРОЛЬ (НАДЗОР) ЗА ОБРАБОТКОЙ ПЕРСОНАЛЬНЫХ ДАННЫХ", BlockKind.Heading), (b.Text, b.Kind)),
            b => Assert.Equal(("ОТДЕЛЬНЫЙ ЖИРНЫЙ АБЗАЦ", BlockKind.Paragraph, true), (b.Text, b.Kind, b.Bold)),
            b => Assert.Equal(("Статья 23. Уполномоченный орган", 2), (b.Text, b.HeadingLevel)),
            b => Assert.Equal(("Обычный текст", false), (b.Text, b.Bold)));
    }
}
