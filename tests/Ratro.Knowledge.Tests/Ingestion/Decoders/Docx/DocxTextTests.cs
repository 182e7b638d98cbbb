namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxTextTests
{
    /// <summary>Run markup and the text a reader sees.</summary>
    public static TheoryData<string, string, string> Runs => new()
    {
        { "tracked deletion dropped, insertion kept", W.R("Доза ") + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>20 мЗв</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"A\">" + W.R("50 мЗв") + "</w:ins>" + W.R(" в год"), "Доза 50 мЗв в год" },
        { "moved-away text dropped, moved-in kept", "<w:moveFrom w:id=\"3\" w:author=\"A\">" + W.R("старое ") + "</w:moveFrom>" + W.R("место ") + "<w:moveTo w:id=\"4\" w:author=\"A\">" + W.R("новое") + "</w:moveTo>", "место новое" },
        { "complex PAGE field keeps its result", W.R("Страница ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.R("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "Страница 7" },
        { "nested field inside an instruction is not shown", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.R("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"a\" \"b\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.R("b") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "b" },
        { "simple field keeps its result", W.R("Всего страниц: ") + "<w:fldSimple w:instr=\" NUMPAGES \">" + W.R("12") + "</w:fldSimple>", "Всего страниц: 12" },
        { "hyperlink keeps its text", W.R("в соответствии с ") + "<w:hyperlink r:id=\"rIdLink\" w:tooltip=\"Федеральный закон от 27.07.2006 N 152-ФЗ\">" + W.R("Федеральным законом", "<w:color w:val=\"0000FF\"/>") + "</w:hyperlink>" + W.R(" о данных"), "в соответствии с Федеральным законом о данных" },
        { "internal hyperlink to a bookmark", "<w:hyperlink w:anchor=\"P73\">" + W.R("частью 2") + "</w:hyperlink>" + W.R(" настоящей статьи"), "частью 2 настоящей статьи" },
        { "non-breaking spaces become spaces", W.R("27\u00A0июля\u00A02006\u00A0года N\u00A0152-ФЗ"), "27 июля 2006 года N 152-ФЗ" },
        { "soft hyphens removed, optional-hyphen element ignored", W.R("радио\u00ADнуклид") + "<w:r><w:softHyphen/></w:r>" + W.R("ный"), "радионуклидный" },
        { "non-breaking hyphen element and character", W.R("ГОСТ Р МЭК 60601") + "<w:r><w:noBreakHyphen/></w:r>" + W.R("1\u2011 2013"), "ГОСТ Р МЭК 60601-1- 2013" },
        { "tabs and line breaks become single spaces", W.R("Таблица 1") + "<w:r><w:tab/></w:r>" + W.R("Пределы") + "<w:r><w:br/></w:r>" + W.R("доз  облучения"), "Таблица 1 Пределы доз облучения" },
        { "Symbol font characters", W.R("E ") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0A3\"/></w:r>" + W.R(" 20 ") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F06D\"/></w:r>" + W.R("Зв ") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B1\"/></w:r>" + W.R(" 5 %"), "E ≤ 20 μЗв ± 5 %" },
        { "Wingdings symbols give no text", W.R("Пункт") + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>", "Пункт" },
        { "hidden text is not shown", W.R("видимый") + W.R(" скрытый", "<w:vanish/>"), "видимый" },
        { "smart tag text kept", "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"metricconverter\"><w:r><w:t>10 м</w:t></w:r></w:smartTag>" + W.R(" от источника"), "10 м от источника" },
        { "content control text kept", "<w:sdt><w:sdtPr><w:alias w:val=\"Номер\"/></w:sdtPr><w:sdtContent>" + W.R("N 44/пр") + "</w:sdtContent></w:sdt>", "N 44/пр" },
        { "math text", W.R("где ") + "<m:oMath><m:r><m:t>H</m:t></m:r><m:r><m:t>=</m:t></m:r><m:r><m:t>D·w</m:t></m:r></m:oMath>", "где H=D·w" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Text_is_what_a_reader_sees(string name, string runs, string expected)
    {
        var fixture = new DocxFixture { Body = W.Raw(runs), Hyperlinks = new Dictionary<string, string> { ["rIdLink"] = "https://example.org/152-fz" } };

        var block = Assert.Single((await fixture.DecodeAsync()).Blocks);

        _ = name;
        Assert.Equal(expected, block.Text);
    }

    [Fact]
    public async Task Empty_paragraphs_give_no_blocks_and_leading_or_trailing_spaces_are_trimmed()
    {
        var fixture = new DocxFixture { Body = W.P("") + W.P("   ") + W.P("  Текст  ") + "<w:p/>" };

        var block = Assert.Single((await fixture.DecodeAsync()).Blocks);

        Assert.Equal("Текст", block.Text);
    }

    [Fact]
    public async Task Table_of_contents_is_left_out_whether_a_field_a_content_control_or_toc_styles()
    {
        var styles = W.ParagraphStyle("11", "toc 1") + W.ParagraphStyle("1", "heading 1");
        var tocField = W.Raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\" \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.R("1 Область применения 3"))
            + W.P("2 Нормативные ссылки 4")
            + W.Raw(W.R("3 Термины 5") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        var tocControl = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr><w:sdtContent>"
            + W.P("Содержание") + W.P("1 Область применения 3") + "</w:sdtContent></w:sdt>";
        var fixture = new DocxFixture
        {
            Styles = styles,
            Body = tocField + tocControl + W.P("Глава 1 .... 3", "11") + W.P("1 Область применения", "1") + W.P("Настоящий стандарт…"),
        };

        var document = await fixture.DecodeAsync();

        Assert.Equal(["1 Область применения", "Настоящий стандарт…"], document.Blocks.Select(b => b.Text));
        Assert.Contains(document.Warnings, w => w.Contains("table of contents (6 paragraphs)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_box_paragraphs_follow_the_paragraph_that_anchors_them_once()
    {
        var box = "<w:txbxContent>" + W.P("УТВЕРЖДЕНО") + W.P("приказом от 01.01.2024 N 1") + "</w:txbxContent>";
        var drawing = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
            + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>" + box.Replace("УТВЕРЖДЕНО", "FALLBACK", StringComparison.Ordinal) + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        var fixture = new DocxFixture { Body = W.Raw(W.R("Положение") + drawing) + W.P("1. Общие положения") };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(["Положение", "УТВЕРЖДЕНО", "приказом от 01.01.2024 N 1", "1. Общие положения"], blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Bold_and_font_size_come_from_runs_and_styles()
    {
        var styles = W.ParagraphStyle("T", "ConsPlusTitle", runProperties: "<w:b/><w:sz w:val=\"20\"/>")
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>";
        var fixture = new DocxFixture
        {
            Styles = styles,
            Body = W.P("ЗАГОЛОВОК", "T") + W.Raw(W.R("частично ") + W.R("жирный", "<w:b/>")) + W.Raw(W.R("весь", "<w:b/><w:sz w:val=\"28\"/>")) + W.P("обычный"),
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(
            [("ЗАГОЛОВОК", true, 10.0), ("частично жирный", false, 12.0), ("весь", true, 14.0), ("обычный", false, 12.0)],
            blocks.Select(b => (b.Text, b.Bold, b.FontSize ?? 0)));
    }
}
