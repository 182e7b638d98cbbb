using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// The Brazilian norm CNEN NN 3.01 (85 pages, Portuguese) from the shared reference folder. Expected
/// values were read from the document itself (pages are physical page numbers, 1-based).
/// </summary>
public sealed class RealPdfCnenTests
{
    private const string FileName = "cnen_nn_3.01_2025_pt.pdf";
    private static readonly DecodedFixture Norm = new(() => RealDocuments.Read(FileName), FileName);

    [Fact]
    public void Page_count_and_properties()
    {
        Assert.Equal(85, Norm.Document.PageCount);
        Assert.Equal("Norma CNEN NN 3.01", Norm.Document.Properties["title"]);
        Assert.Equal("André Luís F. Duarte", Norm.Document.Properties["author"]);
        Assert.Equal(new DateTimeOffset(2025, 7, 7, 15, 45, 35, TimeSpan.Zero), Norm.Document.Properties["created"]);
    }

    [Fact]
    public void All_154_articles_of_the_norm_are_found_in_order()
    {
        var articles = Norm.Clauses.Where(c => c.Key.StartsWith("article:", StringComparison.Ordinal)).Select(c => c.Key).ToArray();

        Assert.Equal(Enumerable.Range(1, 154).Select(n => $"article:{n}").ToArray(), articles);
    }

    [Theory]
    [InlineData("article:1", 2, "Esta Norma foi aprovada pela Comissão Deliberativa")]
    [InlineData("article:6", 2, "Para os fins desta Norma, são adotadas as seguintes definições e siglas:")]
    [InlineData("article:10", 9, "Os titulares são responsáveis pela radioproteção das pessoas")]
    [InlineData("article:52", 18, "A exposição de indivíduos em situações de exposição planejada deve ser restringida")]
    [InlineData("article:56", 19, "Os titulares e empregadores são responsáveis pela radioproteção")]
    [InlineData("article:100", 25, "Com relação ao controle de visitantes os titulares devem:")]
    [InlineData("article:101", 25, "Em uma situação de exposição de emergência nuclear ou radiológica")]
    [InlineData("article:122", 28, "As situações de exposição existente para as quais esta Norma se aplica incluem:")]
    [InlineData("article:149", 32, "Toda licença, autorização ou outro ato administrativo")]
    [InlineData("article:154", 33, "Revogam-se as Posições Regulatórias:")]
    [InlineData("annex:d/article:1", 54, "Os titulares de instalações e atividades em situações de exposição planejada")]
    [InlineData("annex:e/article:22", 57, "A dose efetiva de um IOE, num dado período, deve ser calculada")]
    public void Articles_start_on_their_printed_page_with_their_text(string key, int page, string start)
    {
        var article = Norm.Clause(key);

        Assert.Equal(page, article.PageStart);
        Assert.StartsWith(start, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_keeps_diacritics_and_its_paragraphs()
    {
        Assert.Equal("Os IOEs não podem ter idade inferior a 18 anos.", Norm.Clause("article:58").Text);
        Assert.Equal(
            "Esta Norma se aplica às situações de exposição planejada, de exposição de emergência e de exposição existente.\n"
            + "Parágrafo único. Os tipos de exposição considerados no escopo desta norma são exposições ocupacionais, "
            + "exposições do público e exposições médicas.",
            Norm.Clause("article:2").Text);
    }

    [Theory]
    [InlineData("chapter:i", "DISPOSIÇÕES GERAIS", 2)]
    [InlineData("chapter:i/section:ii", "Das Definições e Siglas", 2)]
    [InlineData("chapter:v", "SITUAÇÃO DE EXPOSIÇÃO PLANEJADA", 14)]
    [InlineData("chapter:vi", "SITUAÇÕES DE EXPOSIÇÃO DE EMERGÊNCIA", 25)]
    [InlineData("chapter:viii", "DISPOSIÇÕES GERAIS E TRANSITÓRIAS", 32)]
    [InlineData("annex:a", "FATORES DE PONDERAÇÃO PARA GRANDEZAS DE PROTEÇÃO RADIOLOGICA", 34)]
    public void Chapters_sections_and_annexes_carry_their_headings(string key, string heading, int page)
    {
        var clause = Norm.Clause(key);

        Assert.Equal((heading, page), (clause.Heading, clause.PageStart));
    }

    [Fact]
    public void Article_52_sits_in_its_subsection_section_and_chapter()
    {
        Assert.Equal(
            ["article:52", "chapter:v/section:iii/subsection:iii", "chapter:v/section:iii", "chapter:v"],
            Norm.Ancestry("article:52"));
        Assert.Equal("Limitação da Dose", Norm.Clause("chapter:v/section:iii/subsection:iii").Heading);
    }

    [Fact]
    public void Dose_limit_table_is_read_with_its_cells_and_notes()
    {
        var article = Norm.Clause("article:52");
        var table = Assert.Single(article.Tables);

        Assert.Equal("Limites de Dose Anuais [a]", table.Caption);
        Assert.Contains(table.Rows, r => r.SequenceEqual(["Dose efetiva", "Corpo inteiro", "20 mSv [b]", "1 mSv [c]"]));
        Assert.Contains(table.Rows, r => r.Contains("Indivíduo Ocupacionalmente Exposto") && r.Contains("Indivíduo do público"));
        Assert.Equal(["[a]", "[b]", "[c]", "[d]"], article.Footnotes.Select(f => f.Marker).ToArray());
        Assert.StartsWith("Para fins de controle administrativo efetuado pela CNEN", article.Footnotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_continued_on_the_next_page_is_one_block_with_its_end_page()
    {
        var block = Assert.Single(Norm.Document.Blocks, b => b.Text.StartsWith("III - Ação mitigadora", StringComparison.Ordinal));

        Assert.Equal((2, 3), (block.Page, block.PageEnd));
        Assert.Contains("liberação de material radioativo, exigindo ações de resposta", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clause_texts_hold_no_page_furniture()
    {
        var lines = Norm.Clauses.SelectMany(c => c.Text.Split('\n')).ToList();

        Assert.DoesNotContain(lines, l => l.Trim().All(char.IsDigit) && l.Trim().Length > 0);
        Assert.DoesNotContain(Norm.Clauses.Where(c => c.Key.StartsWith("article:", StringComparison.Ordinal)), c => c.Text.Contains("NORMA CNEN NN 3.01", StringComparison.Ordinal));
        Assert.DoesNotContain(Norm.Document.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text.Contains('\f'));
    }
}
