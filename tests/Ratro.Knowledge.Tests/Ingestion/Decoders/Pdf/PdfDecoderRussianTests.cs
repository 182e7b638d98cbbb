using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>The three-page Russian fixture (see <see cref="PdfFixtures.RussianStandard"/>) read and structured.</summary>
public sealed class PdfDecoderRussianTests
{
    private static readonly DecodedFixture Standard = new(() => PdfFixtures.RussianStandard(), "standard.pdf");

    [Theory]
    [InlineData("1", "Область применения", 1)]
    [InlineData("2", "Основные требования", 1)]
    [InlineData("3", "Заключительные положения", 2)]
    public void Numbered_headings_open_clauses_with_their_titles(string key, string heading, int page)
    {
        var clause = Standard.Clause(key);

        Assert.Equal(key, clause.Number);
        Assert.Equal(heading, clause.Heading);
        Assert.Equal(page, clause.PageStart);
    }

    [Theory]
    [InlineData("1.1", 1, 1, "1")]
    [InlineData("1.2", 1, 1, "1")]
    [InlineData("2.1", 1, 2, "2")]
    [InlineData("2.1.1", 2, 2, "2.1")]
    [InlineData("2.2", 2, 2, "2")]
    [InlineData("3.1", 2, 2, "3")]
    [InlineData("3.2", 3, 3, "3")]
    public void Clauses_keep_their_pages_and_nest_by_number(string key, int start, int end, string parent)
    {
        var clause = Standard.Clause(key);

        Assert.Equal((start, end), (clause.PageStart, clause.PageEnd));
        Assert.Equal(parent, Standard.Ancestry(key)[1]);
    }

    [Fact]
    public void Cyrillic_text_is_exact_with_words_spaced_and_line_end_hyphens_resolved()
    {
        Assert.Equal(
            "Настоящий стандарт устанавливает требования к обеспечению радиационной безопасности персонала и пациентов "
            + "при лучевой терапии, а также требования к соблюдению радиационно-гигиенических нормативов и к оборудованию "
            + "помещений радиационно-опасных отделений.",
            Standard.Clause("1.1").Text);
    }

    [Fact]
    public void Paragraph_split_by_a_page_break_is_joined_and_ends_on_the_next_page()
    {
        var block = Assert.Single(Standard.Document.Blocks, b => b.Text.StartsWith("2.1 ", StringComparison.Ordinal));

        Assert.Equal(
            "2.1 Администрация организации обеспечивает контроль доз облучения персонала и регулярно проверяет исправность "
            + "систем блокировки дверей процедурных помещений, а также ведёт учёт всех случаев превышения контрольных уровней.",
            block.Text);
        Assert.Equal((1, 2), (block.Page, block.PageEnd));
    }

    [Fact]
    public void Running_header_and_page_footer_are_removed()
    {
        var texts = Standard.Document.Blocks.Select(b => b.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("Тестовый стандарт", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Страница", StringComparison.Ordinal));
        Assert.Equal(3, Standard.Document.PageCount);
    }

    [Fact]
    public void Ruled_table_is_kept_as_rows_of_cells_under_its_label()
    {
        var table = Assert.Single(Standard.Clause("table:1").Tables);

        Assert.Equal("Пределы доз облучения", Standard.Clause("table:1").Heading);
        Assert.Equal(
            [
                ["Величина", "Персонал", "Население"],
                ["Эффективная доза", "20 мЗв в год", "1 мЗв в год"],
                ["Доза в хрусталике глаза", "20 мЗв в год", "15 мЗв в год"],
                ["Доза в коже", "500 мЗв в год", "50 мЗв в год"],
            ],
            table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Equal(2, Assert.Single(Standard.Document.Blocks, b => b.Kind == BlockKind.Table).Page);
    }

    [Fact]
    public void Footnote_is_taken_from_the_page_foot_and_attached_to_the_clause_citing_it()
    {
        var note = Assert.Single(Standard.Document.Blocks, b => b.Kind == BlockKind.Footnote);
        var clause = Standard.Clause("1.2");

        Assert.Equal(("¹", "Кроме облучения при ликвидации последствий радиационных аварий.", 1), (note.FootnoteMarker, note.Text, note.Page));
        Assert.Contains("облучения¹ персонала", clause.Text, StringComparison.Ordinal);
        Assert.Equal("Кроме облучения при ликвидации последствий радиационных аварий.", Assert.Single(clause.Footnotes).Text);
    }

    [Fact]
    public void Headings_are_found_from_font_size_and_weight_and_ranked()
    {
        var headings = Standard.Document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();

        Assert.Equal(
            [
                ("РАДИАЦИОННАЯ БЕЗОПАСНОСТЬ ПРИ ЛУЧЕВОЙ ТЕРАПИИ", 1),
                ("1 Область применения", 2),
                ("2 Основные требования", 2),
                ("3 Заключительные положения", 2),
            ],
            headings.Select(h => (h.Text, h.HeadingLevel ?? 0)).ToArray());
        Assert.All(headings, h => Assert.True(h.Bold));
    }

    [Fact]
    public void Document_properties_are_read()
    {
        var properties = Standard.Document.Properties;

        Assert.Equal("Радиационная безопасность при лучевой терапии", properties["title"]);
        Assert.Equal("Тестовый комитет", properties["author"]);
        Assert.Equal("Требования к радиационной безопасности", properties["subject"]);
        Assert.Equal("лучевая терапия; радиационная безопасность", properties["keywords"]);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), properties["created"]);
    }
}
