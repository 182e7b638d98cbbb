using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Structure;

namespace Ratro.Knowledge.Tests.Ingestion.Structure;

/// <summary>Chapters, sections, subsections, articles in annexes and continued tables, as Brazilian and Russian acts print them.</summary>
public sealed class ClauseStructurerDivisionTests
{
    [Fact]
    public void Portuguese_articles_nest_in_sections_and_subsections_of_chapters()
    {
        var clauses = Build(
            Heading("CAPÍTULO I DISPOSIÇÕES GERAIS"),
            Heading("Seção I Objetivo"),
            Paragraph("Art. 1º Esta Norma se aplica às situações de exposição planejada."),
            Heading("Subseção I Limitação da Dose"),
            Paragraph("Art. 2º Os limites de dose não se aplicam às:"),
            Paragraph("I - exposições médicas de pacientes."),
            Heading("CAPÍTULO II RESPONSABILIDADES"),
            Heading("Seção I Partes Responsáveis"),
            Paragraph("Art. 3º As partes principais são:"));

        Assert.Equal(
            ["chapter:i", "chapter:i/section:i", "article:1", "chapter:i/section:i/subsection:i", "article:2", "chapter:ii", "chapter:ii/section:i", "article:3"],
            clauses.Select(c => c.Key).ToArray());
        Assert.Equal(["chapter:i/section:i/subsection:i", "chapter:i/section:i", "chapter:i"], Ancestors(clauses, "article:2"));
    }

    [Fact]
    public void Article_text_after_the_label_is_text_unless_it_reads_as_a_title()
    {
        var clauses = Build(
            Paragraph("Art. 2º Esta Norma se aplica às situações de exposição planejada."),
            Paragraph("Parágrafo único. Os tipos de exposição são ocupacionais."),
            Paragraph("Статья 3. Основные понятия"),
            Paragraph("Для целей настоящего закона используются следующие понятия."));

        var article2 = clauses.Single(c => c.Key == "article:2");
        var article3 = clauses.Single(c => c.Key == "article:3");
        Assert.Null(article2.Heading);
        Assert.Equal("Esta Norma se aplica às situações de exposição planejada.\nParágrafo único. Os tipos de exposição são ocupacionais.", article2.Text);
        Assert.Equal("Основные понятия", article3.Heading);
        Assert.Equal("Для целей настоящего закона используются следующие понятия.", article3.Text);
    }

    [Fact]
    public void Articles_of_an_annex_are_keyed_under_it()
    {
        var clauses = Build(
            Paragraph("Art. 1º Esta Norma foi aprovada."),
            Heading("ANEXO D PLANO DE RADIOPROTEÇÃO"),
            Paragraph("Art. 1º Os titulares devem submeter um Plano de Radioproteção."),
            Heading("Da Monitoração de Área"),
            Paragraph("Art. 2º O programa de monitoração de área deve permitir a avaliação."));

        Assert.Equal(["article:1", "annex:d", "annex:d/article:1", "h:da-monitoração-de-área", "annex:d/article:2"], clauses.Select(c => c.Key).ToArray());
        Assert.Equal(["h:da-monitoração-de-área", "annex:d"], Ancestors(clauses, "annex:d/article:2"));
    }

    [Fact]
    public void Russian_sections_hold_chapters_when_sections_come_first()
    {
        var clauses = Build(
            Heading("Раздел I Общие положения"),
            Heading("Глава 1 Основные начала"),
            Paragraph("Статья 1. Отношения, регулируемые законом"),
            Heading("Раздел II Права"),
            Heading("Глава 2 Субъекты"));

        Assert.Equal(["section:i", "section:i/chapter:1", "article:1", "section:ii", "section:ii/chapter:2"], clauses.Select(c => c.Key).ToArray());
    }

    [Theory]
    [InlineData("TABELA A-I - FATOR DE QUALIDADE", "a-i", "FATOR DE QUALIDADE")]
    [InlineData("TABELA I-II(a) - CRITÉRIOS GENÉRICOS", "i-ii(a)", "CRITÉRIOS GENÉRICOS")]
    [InlineData("TABELA C-III– (Continuação)", "c-iii", "(Continuação)")]
    [InlineData("Таблица 1 – Пределы доз", "1", "Пределы доз")]
    [InlineData("Table B.2 Limits", "b.2", "Limits")]
    public void Table_labels_with_letters_and_roman_numbers_are_parsed(string text, string value, string rest)
    {
        var label = ClauseLabelParser.Parse(text);

        Assert.NotNull(label);
        Assert.Equal((ClauseKind.Table, value, rest), (label.Kind, label.Value, label.Rest));
    }

    [Fact]
    public void Continued_table_adds_to_the_table_already_open()
    {
        var clauses = Build(
            Heading("ANEXO C"),
            Heading("TABELA C-I – NÍVEIS DE ISENÇÃO"),
            Table(["H-3", "1 × 10⁶"]),
            Heading("TABELA C-I – NÍVEIS DE ISENÇÃO … (Continuação)."),
            Table(["Be-7", "1 × 10³"]));

        var table = Assert.Single(clauses, c => c.Kind == ClauseKind.Table);
        Assert.Equal("annex:c", Ancestors(clauses, table.Key)[0]);
        Assert.Equal(2, table.Tables.Count);
    }

    [Fact]
    public void Decimal_number_before_a_slash_is_a_designation_not_a_clause()
    {
        Assert.Null(ClauseLabelParser.Parse("3.01 / 001:2011 - Critérios de exclusão"));
    }

    private static IReadOnlyList<Clause> Build(params DecodedBlock[] blocks) => new ClauseStructurer().Build(blocks, CancellationToken.None);

    private static DecodedBlock Heading(string text) => new() { Kind = BlockKind.Heading, Text = text, HeadingLevel = 2, Page = 1 };

    private static DecodedBlock Paragraph(string text) => new() { Kind = BlockKind.Paragraph, Text = text, Page = 1 };

    private static DecodedBlock Table(string[] row) => new() { Kind = BlockKind.Table, Text = "", Table = new ClauseTable(null, [row]), Page = 1 };

    /// <summary>The keys of a clause's ancestors, nearest first.</summary>
    private static string[] Ancestors(IReadOnlyList<Clause> clauses, string key)
    {
        var byId = clauses.ToDictionary(c => c.Id);
        var result = new List<string>();
        var clause = clauses.Single(c => c.Key == key);
        while (clause.ParentId is { } id)
        {
            clause = byId[id];
            result.Add(clause.Key);
        }

        return [.. result];
    }
}
