namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxNumberingTests
{
    private const string Multilevel = "%1.";

    /// <summary>Decimal, lettered, Russian-lettered, Roman, legal, bullet and restart-controlled lists.</summary>
    private static readonly string Numbering = string.Concat(
        W.AbstractNum(0, W.Level(0, "decimal", Multilevel), W.Level(1, "decimal", "%1.%2."), W.Level(2, "decimal", "%1.%2.%3.")),
        W.AbstractNum(1, W.Level(0, "lowerLetter", "%1)"), W.Level(1, "upperLetter", "%2.")),
        W.AbstractNum(2, W.Level(0, "russianLower", "%1)"), W.Level(1, "russianUpper", "%2.")),
        W.AbstractNum(3, W.Level(0, "bullet", "\uF0B7"), W.Level(1, "bullet", "–")),
        W.AbstractNum(4, W.Level(0, "upperRoman", "%1."), W.Level(1, "decimal", "%1.%2.", extra: "<w:isLgl/>"), W.Level(2, "lowerRoman", "(%3)")),
        W.AbstractNum(5, W.Level(0, "decimal", "%1."), W.Level(1, "decimal", "%2)", extra: "<w:lvlRestart w:val=\"0\"/>")),
        W.AbstractNum(6, W.Level(0, "decimal", "%1.", start: null)),
        W.AbstractNum(7, W.Level(0, "decimal", "Статья %1.")),
        W.Num(1, 0),
        W.Num(2, 0, W.StartOverride(0, 5)),
        W.Num(3, 1),
        W.Num(4, 2),
        W.Num(5, 2, W.StartOverride(0, 9)),
        W.Num(6, 3),
        W.Num(7, 4),
        W.Num(8, 5),
        W.Num(9, 6),
        W.Num(10, 7));

    /// <summary>Paragraphs in reading order with the label a reader sees; one abstract list's counters are shared by its instances.</summary>
    public static TheoryData<string, (string Text, int NumId, int Ilvl, string? Label)[]> Lists => new()
    {
        {
            "multilevel decimal with restarts and a start override",
            [
                ("a", 1, 0, "1."), ("b", 1, 1, "1.1."), ("c", 1, 2, "1.1.1."), ("d", 1, 2, "1.1.2."), ("e", 1, 1, "1.2."),
                ("f", 1, 2, "1.2.1."), ("g", 1, 0, "2."), ("h", 1, 1, "2.1."), ("i", 2, 0, "5."), ("j", 2, 1, "5.1."), ("k", 2, 0, "6."),
            ]
        },
        { "Latin letters", [("a", 3, 0, "a)"), ("b", 3, 0, "b)"), ("c", 3, 1, "A."), ("d", 3, 1, "B."), ("e", 3, 0, "c)")] },
        { "Russian letters skip й", [("a", 4, 0, "а)"), ("b", 4, 0, "б)"), ("c", 4, 1, "А."), ("d", 5, 0, "и)"), ("e", 5, 0, "к)"), ("f", 5, 0, "л)")] },
        { "bullets from a symbol font and a dash", [("a", 6, 0, "•"), ("b", 6, 1, "–"), ("c", 6, 0, "•")] },
        { "Roman sections with legal numbering below", [("a", 7, 0, "I."), ("b", 7, 1, "1.1."), ("c", 7, 2, "(i)"), ("d", 7, 2, "(ii)"), ("e", 7, 0, "II."), ("f", 7, 1, "2.1.")] },
        { "lvlRestart 0 keeps counting across higher levels", [("a", 8, 0, "1."), ("b", 8, 1, "1)"), ("c", 8, 1, "2)"), ("d", 8, 0, "2."), ("e", 8, 1, "3)")] },
        { "missing w:start counts from 0, the standard's default", [("a", 9, 0, "0."), ("b", 9, 0, "1.")] },
        { "label text around the number", [("Сфера действия", 10, 0, "Статья 1."), ("Цели", 10, 0, "Статья 2.")] },
        { "numId 0 switches numbering off", [("a", 0, 0, null)] },
        { "unknown list instance gives no label", [("a", 42, 0, null)] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Automatic_numbers_are_computed_as_Word_shows_them(string name, (string Text, int NumId, int Ilvl, string? Label)[] paragraphs)
    {
        var fixture = new DocxFixture
        {
            Numbering = Numbering,
            Body = string.Concat(paragraphs.Select(p => W.Numbered(p.Text, p.NumId, p.Ilvl))),
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        _ = name;
        Assert.Equal(paragraphs.Select(p => (p.Text, p.Label)), blocks.Select(b => (b.Text, b.NumberLabel)));
    }

    [Fact]
    public async Task Heading_styles_carry_numbering_with_levels_bound_to_styles()
    {
        var styles = string.Concat(
            W.ParagraphStyle("1", "heading 1", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/>"),
            W.ParagraphStyle("2", "heading 2", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/>"),
            W.ParagraphStyle("3", "heading 3", "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr>"),
            W.ParagraphStyle("a", "Normal"));
        var numbering = W.AbstractNum(
                0,
                W.Level(0, "decimal", "%1", extra: "<w:pStyle w:val=\"1\"/>"),
                W.Level(1, "decimal", "%1.%2", extra: "<w:pStyle w:val=\"2\"/>"),
                W.Level(2, "decimal", "%1.%2.%3"))
            + W.Num(1, 0);
        var fixture = new DocxFixture
        {
            Styles = styles,
            Numbering = numbering,
            Body = W.P("Область применения", "1") + W.P("Общие требования", "1") + W.P("Термины", "2") + W.P("Сокращения", "2")
                + W.P("Детали", "3") + W.P("Без номера", "1", "<w:numPr><w:numId w:val=\"0\"/></w:numPr>") + W.P("Текст", "a")
                + W.P("Требования", "1"),
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(
            ["1 Область применения", "2 Общие требования", "2.1 Термины", "2.2 Сокращения", "2.2.1 Детали", "Без номера", "Текст", "3 Требования"],
            blocks.Select(b => b.DisplayText));
    }

    [Fact]
    public async Task Abstract_definition_linked_to_a_list_style_takes_the_levels_of_that_style()
    {
        var styles = "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:name w:val=\"Список пунктов\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>";
        var numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
            + W.AbstractNum(1, "<w:styleLink w:val=\"ListStyle\"/>", W.Level(0, "decimal", "%1."), W.Level(1, "russianLower", "%2)"))
            + W.Num(1, 0) + W.Num(2, 1);
        var fixture = new DocxFixture
        {
            Styles = styles,
            Numbering = numbering,
            Body = W.Numbered("Первый", 1, 0) + W.Numbered("подпункт", 1, 1) + W.Numbered("Второй", 1, 0),
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(["1. Первый", "а) подпункт", "2. Второй"], blocks.Select(b => b.DisplayText));
    }

    [Fact]
    public async Task Unsupported_number_format_is_written_as_decimal_with_a_warning()
    {
        var fixture = new DocxFixture
        {
            Numbering = W.AbstractNum(0, W.Level(0, "chineseCounting", "%1、")) + W.Num(1, 0),
            Body = W.Numbered("первый", 1, 0) + W.Numbered("второй", 1, 0),
        };

        var document = await fixture.DecodeAsync();

        Assert.Equal(["1、", "2、"], document.Blocks.Select(b => b.NumberLabel));
        Assert.Contains(document.Warnings, w => w.Contains("chineseCounting", StringComparison.Ordinal));
    }
}
