using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxTableTests
{
    private static string Cell(string content, string properties = "") =>
        $"<w:tc>{(properties.Length == 0 ? "" : $"<w:tcPr>{properties}</w:tcPr>")}{content}</w:tc>";

    private static string Row(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    private static string Table(string grid, params string[] rows) => $"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{string.Concat(rows)}</w:tbl>";

    [Fact]
    public async Task Merged_cells_keep_columns_aligned_and_vertical_merges_repeat_their_text()
    {
        const string grid = "<w:gridCol/><w:gridCol/><w:gridCol/>";
        var table = Table(
            grid,
            Row(Cell(W.P("Категория"), "<w:vMerge w:val=\"restart\"/>"), Cell(W.P("Предел дозы, мЗв"), "<w:gridSpan w:val=\"2\"/>")),
            Row(Cell(W.P(""), "<w:vMerge/>"), Cell(W.P("в год")), Cell(W.P("за 5 лет"))),
            Row(Cell(W.P("Персонал"), "<w:vMerge w:val=\"restart\"/>"), Cell(W.P("20")), Cell(W.P("100"))),
            Row(Cell(W.P(""), "<w:vMerge w:val=\"continue\"/>"), Cell(W.P("50")), Cell(W.P("—"))),
            Row(Cell(W.P("Население")), Cell(W.P("1")), Cell(W.P("5"))));
        var fixture = new DocxFixture { Body = W.P("Таблица 1 — Пределы доз") + table + W.P("Примечание") };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        var rows = blocks[1].Table!.Rows;
        Assert.Equal<IReadOnlyList<string>[]>(
            [
                ["Категория", "Предел дозы, мЗв", ""],
                ["Категория", "в год", "за 5 лет"],
                ["Персонал", "20", "100"],
                ["Персонал", "50", "—"],
                ["Население", "1", "5"],
            ],
            rows.ToArray());
        Assert.True(blocks[1].Table!.HasHeader);
        Assert.Equal(3, blocks[1].Table!.ColumnCount);
    }

    [Fact]
    public async Task Cells_join_their_paragraphs_with_automatic_numbers_and_grid_before_leaves_an_empty_column()
    {
        var numbering = W.AbstractNum(0, W.Level(0, "decimal", "%1.")) + W.Num(1, 0);
        var table = Table(
            "<w:gridCol/><w:gridCol/><w:gridCol/>",
            Row(Cell(W.P("N")), Cell(W.P("Требование")), Cell(W.P("Ссылка"))),
            Row(Cell(W.Numbered("", 1, 0)), Cell(W.P("Контроль") + W.P("мощности дозы")), Cell(W.P("п. 3.1"))),
            Row(Cell(W.Numbered("", 1, 0)), Cell(W.P("Учет")), Cell(W.P("п. 3.2"))),
            "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Cell(W.P("Итого")) + Cell(W.P("2")) + "</w:tr>");
        var fixture = new DocxFixture { Numbering = numbering, Body = table };

        var rows = Assert.Single((await fixture.DecodeAsync()).Blocks).Table!.Rows;

        Assert.Equal(["1.", "Контроль мощности дозы", "п. 3.1"], rows[1]);
        Assert.Equal(["2.", "Учет", "п. 3.2"], rows[2]);
        Assert.Equal(["", "Итого", "2"], rows[3]);
    }

    [Fact]
    public async Task Layout_table_with_one_text_cell_per_row_is_read_as_paragraphs()
    {
        var styles = W.ParagraphStyle("1", "heading 1");
        var frame = Table(
            "<w:gridCol/><w:gridCol/><w:gridCol/>",
            Row(Cell(W.P("")), Cell(W.P("КонсультантПлюс: примечание.") + W.P("С 01.09.2025 в п. 9.1 ч. 1 ст. 6 вносятся изменения.")), Cell(W.P(""))));
        var fixture = new DocxFixture { Styles = styles, Body = W.P("Статья 6", "1") + frame + W.P("1. Текст части") };

        var blocks = (await fixture.DecodeAsync()).Blocks;

        Assert.Equal(
            ["Статья 6", "КонсультантПлюс: примечание.", "С 01.09.2025 в п. 9.1 ч. 1 ст. 6 вносятся изменения.", "1. Текст части"],
            blocks.Select(b => b.Text));
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Table);
    }

    [Fact]
    public async Task Single_row_table_without_header_mark_has_no_header_and_a_marked_one_has()
    {
        var oneRow = Table("<w:gridCol/><w:gridCol/>", Row(Cell(W.P("27 июля 2006 года")), Cell(W.P("N 152-ФЗ"))));
        var marked = Table(
            "<w:gridCol/><w:gridCol/>",
            "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell(W.P("Параметр")) + Cell(W.P("Значение")) + "</w:tr>");
        var fixture = new DocxFixture { Body = oneRow + W.P("") + marked };

        var tables = (await fixture.DecodeAsync()).Blocks.Select(b => b.Table!).ToList();

        Assert.Equal([false, true], tables.Select(t => t.HasHeader));
        Assert.Equal(["27 июля 2006 года", "N 152-ФЗ"], tables[0].Rows[0]);
    }
}
