using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Ingestion.Structure;

public sealed class ClauseStructurerTests
{
    [Fact]
    public async Task Sections_and_numbered_paragraphs_nest_by_their_numbers()
    {
        var clauses = await MarkdownFixtures.ClausesAsync("""
            # Нормы

            Вводный текст до первого раздела.

            ## 1. Область применения

            1.1. Нормы применяются к источникам.

            ## 3. Требования

            3.1.1. Для персонала группы А.

            3.1.2. Пределы доз персонала: 20 мЗв в год.

            3.2. Общие положения.
            """);

        Assert.Equal("preamble\n1\n1.1<1\n3\n3.1.1<3\n3.1.2<3\n3.2<3", MarkdownFixtures.Outline(clauses));
        var limit = clauses.Single(c => c.Key == "3.1.2");
        Assert.Equal("3.1.2", limit.Number);
        Assert.Equal("Пределы доз персонала: 20 мЗв в год.", limit.Text);
        Assert.Null(limit.Heading);
        Assert.Equal("Требования", clauses.Single(c => c.Key == "3").Heading);
        Assert.Equal(1, limit.Depth);
        Assert.Equal("Вводный текст до первого раздела.", clauses[0].Text);
    }

    [Fact]
    public async Task Articles_scope_the_numbering_of_their_parts_and_inserted_parts_are_siblings()
    {
        var clauses = await MarkdownFixtures.ClausesAsync("""
            ## Глава 1. Общие положения

            ## Статья 1. Сфера действия

            1. Первая часть.

            1.1. Часть один-один.

            2. Вторая часть.

            ## Статья 2. Цель

            1. Снова первая часть.
            """);

        Assert.Equal(
            "chapter:1\narticle:1<chapter:1\narticle:1/1<article:1\narticle:1/1.1<article:1\narticle:1/2<article:1\narticle:2<chapter:1\narticle:2/1<article:2",
            MarkdownFixtures.Outline(clauses));
        Assert.Equal("Статья 1", clauses.Single(c => c.Key == "article:1").Number);
        Assert.Equal("Сфера действия", clauses.Single(c => c.Key == "article:1").Heading);
        Assert.Equal(ClauseKind.Part, clauses.Single(c => c.Key == "article:1/2").Kind);
    }

    [Fact]
    public async Task Numbers_that_do_not_continue_the_sequence_stay_text()
    {
        var clauses = await MarkdownFixtures.ClausesAsync("""
            4.2. Защита рассчитывается так:

            1) на максимальное время работы;

            100 МэВ — верхняя граница энергии.

            2. Это перечисление внутри пункта, а не новый пункт.

            4.3. Следующий пункт.
            """);

        Assert.Equal("4.2\n4.3", MarkdownFixtures.Outline(clauses));
        Assert.Contains("100 МэВ", clauses[0].Text, StringComparison.Ordinal);
        Assert.Contains("2. Это перечисление", clauses[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annexes_restart_numbering_and_tables_become_child_clauses()
    {
        var clauses = await MarkdownFixtures.ClausesAsync("""
            5. Последний пункт основной части.

            ## Приложение 2

            1. Пункт приложения.

            Таблица 3.1. Основные пределы доз

            | Величина | Персонал (группа А) | Население |
            |---|---|---|
            | Эффективная доза | 20 мЗв в год | 1 мЗв в год |

            Примечание под таблицей.
            """);

        Assert.Equal("5\nannex:2\nannex:2/1<annex:2\ntable:3.1<annex:2/1", MarkdownFixtures.Outline(clauses));
        var table = clauses.Single(c => c.Kind == ClauseKind.Table);
        Assert.Equal("Таблица 3.1", table.Number);
        Assert.Equal("Основные пределы доз", table.Heading);
        Assert.Equal(["Эффективная доза", "20 мЗв в год", "1 мЗв в год"], table.Tables.Single().Rows[1]);
        Assert.Contains("Примечание под таблицей.", table.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("### Requirement 37: Medical exposure", "requirement:37", ClauseKind.Requirement, "Medical exposure")]
    [InlineData("## Annex A — Coordinates", "annex:a", ClauseKind.Annex, "Coordinates")]
    [InlineData("## Schedule III", "schedule:iii", ClauseKind.Schedule, null)]
    [InlineData("## Table II. Linac QA", "table:ii", ClauseKind.Table, "Linac QA")]
    [InlineData("## 201.10 Protection against unwanted radiation", "201.10", ClauseKind.Clause, "Protection against unwanted radiation")]
    [InlineData("## Art. 54º Os titulares", "article:54", ClauseKind.Article, "Os titulares")]
    public async Task Labels_of_every_drafting_style_are_recognized(string heading, string key, ClauseKind kind, string? title)
    {
        var clauses = await MarkdownFixtures.ClausesAsync(heading + "\n\nText.\n");

        var clause = Assert.Single(clauses);
        Assert.Equal(key, clause.Key);
        Assert.Equal(kind, clause.Kind);
        Assert.Equal(title, clause.Heading);
    }

    [Fact]
    public async Task Unnumbered_headings_nest_by_level_and_footnotes_follow_their_clause()
    {
        var clauses = await MarkdownFixtures.ClausesAsync("""
            ## Предисловие

            Стандарт идентичен[^1] международному.

            ### Сведения о стандарте

            Введен впервые.

            [^1]: Степень соответствия IDT.
            """);

        Assert.Equal("h:предисловие\nh:сведения-о-стандарте<h:предисловие", MarkdownFixtures.Outline(clauses));
        var footnote = Assert.Single(clauses[0].Footnotes);
        Assert.Equal("Степень соответствия IDT.", footnote.Text);
    }
}
