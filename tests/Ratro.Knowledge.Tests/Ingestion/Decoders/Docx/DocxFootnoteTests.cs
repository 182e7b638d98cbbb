using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxFootnoteTests
{
    private const string Notes =
        "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Собрание законодательства Российской Федерации, 2006, N 31, ст. 3451.</w:t></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"2\"><w:p><w:r><w:t>Далее — НРБ-99/2009.</w:t></w:r></w:p><w:p><w:r><w:t>Второй абзац сноски.</w:t></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"3\"><w:p><w:r><w:t>Сноска со звездочкой.</w:t></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"4\"><w:p><w:r><w:t>Сноска в таблице.</w:t></w:r></w:p></w:footnote>";

    private static string Reference(int id) => $"<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";

    [Fact]
    public async Task Footnote_references_are_numbered_in_reading_order_and_attached_to_their_blocks()
    {
        var fixture = new DocxFixture
        {
            Footnotes = Notes,
            Body = W.Raw(W.R("Закон") + Reference(2) + W.R(" и нормы") + Reference(1))
                + W.Raw(W.R("Повторная ссылка") + Reference(2))
                + W.Raw(W.R("Особая отметка") + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r>")
                + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>" + W.P("Параметр") + "</w:tc><w:tc>" + W.Raw(W.R("10") + Reference(4)) + "</w:tc></w:tr></w:tbl>",
        };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(["Закон[1] и нормы[2]", "Повторная ссылка[1]", "Особая отметка*", ""], blocks.Select(b => b.Text));
        Assert.Equal(
            [new Footnote("1", "Далее — НРБ-99/2009. Второй абзац сноски."), new Footnote("2", "Собрание законодательства Российской Федерации, 2006, N 31, ст. 3451.")],
            blocks[0].Footnotes);
        Assert.Equal([new Footnote("1", "Далее — НРБ-99/2009. Второй абзац сноски.")], blocks[1].Footnotes);
        Assert.Equal([new Footnote("*", "Сноска со звездочкой.")], blocks[2].Footnotes);
        Assert.Equal(BlockKind.Table, blocks[3].Kind);
        Assert.Equal(["Параметр", "10[3]"], blocks[3].Table!.Rows[0]);
        Assert.Equal([new Footnote("3", "Сноска в таблице.")], blocks[3].Footnotes);
    }

    [Fact]
    public async Task Endnotes_are_numbered_apart_in_lower_Roman_unless_the_settings_say_otherwise()
    {
        var endnotes = "<w:endnote w:id=\"1\"><w:p><w:r><w:t>Первое примечание.</w:t></w:r></w:p></w:endnote>"
            + "<w:endnote w:id=\"2\"><w:p><w:r><w:t>Второе примечание.</w:t></w:r></w:p></w:endnote>";
        var body = W.Raw(W.R("Текст") + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" + W.R(" и") + "<w:r><w:endnoteReference w:id=\"2\"/></w:r>");

        var defaults = (await new DocxFixture { Endnotes = endnotes, Body = body }.DecodeAsync()).Blocks[0];
        var lettered = (await new DocxFixture
        {
            Endnotes = endnotes,
            Body = body,
            Settings = "<w:endnotePr><w:numFmt w:val=\"russianLower\"/></w:endnotePr>",
        }.DecodeAsync()).Blocks[0];

        Assert.Equal("Текст[i] и[ii]", defaults.Text);
        Assert.Equal(["i", "ii"], defaults.Footnotes.Select(f => f.Marker));
        Assert.Equal("Текст[а] и[б]", lettered.Text);
        Assert.Equal("Второе примечание.", lettered.Footnotes[1].Text);
    }

    [Fact]
    public async Task Reference_to_a_missing_note_leaves_no_marker()
    {
        var fixture = new DocxFixture { Footnotes = Notes, Body = W.Raw(W.R("Текст") + Reference(99)) };

        var block = Assert.Single((await fixture.DecodeAsync()).Blocks);

        Assert.Equal("Текст", block.Text);
        Assert.Empty(block.Footnotes);
    }
}
