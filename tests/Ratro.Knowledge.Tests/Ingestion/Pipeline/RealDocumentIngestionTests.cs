using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Ingestion.Pipeline;

/// <summary>
/// The real documents beside the repository through the whole pipeline: the right designation and record, and a
/// clause tree whose numbers, headings and pages match the documents (expected values read from the documents).
/// </summary>
public sealed class RealDocumentIngestionTests
{
    [Fact]
    public async Task Federal_law_152_FZ_ingests_with_its_designation_edition_and_articles()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var result = await host.IngestAsync(RepositoryPaths.SharedFile("realdocs/fz_152-fz_2006_red2024.docx"));

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        var document = (await host.Store.GetAsync(result.DocumentId!.Value, TestContext.Current.CancellationToken))!;
        Assert.Equal("Федеральный закон № 152-ФЗ", document.Canonical);
        Assert.Equal("Федеральный закон от 27.07.2006 N 152-ФЗ", document.Designation);
        Assert.Equal("О персональных данных", document.TitleRu);
        Assert.Equal(DocumentType.FederalLaw, document.Type);
        Assert.Equal(new DateOnly(2006, 7, 27), document.ApprovedOn);
        Assert.Equal("ред. от 08.08.2024", document.Edition);
        Assert.Equal(new DateOnly(2024, 8, 8), document.EditionDate);
        Assert.Equal("ru", document.Language);
        Assert.Equal(DocumentStatus.Unknown, document.Status);
        Assert.Contains(document.ReviewFlags, f => f.Field == "status");
        AssertClauses(
            document,
            ("chapter:1", "Глава 1", "ОБЩИЕ ПОЛОЖЕНИЯ"),
            ("article:1", "Статья 1", "Сфера действия настоящего Федерального закона"),
            ("article:2", "Статья 2", "Цель настоящего Федерального закона"),
            ("article:3", "Статья 3", "Основные понятия, используемые в настоящем Федеральном законе"),
            ("article:10", "Статья 10", "Специальные категории персональных данных"),
            ("article:19", "Статья 19", "Меры по обеспечению безопасности персональных данных при их обработке"),
            ("article:1/1", "1", null),
            ("article:1/1.1", "1.1", null),
            ("article:10/2.1", "2.1", null),
            ("article:25/3", "3", null));
        Assert.StartsWith("Настоящим Федеральным законом регулируются отношения", document.Clauses.Single(c => c.Key == "article:1/1").Text, StringComparison.Ordinal);
        Assert.All(document.Clauses, c => Assert.Null(c.PageStart));
    }

    [Fact]
    public async Task Ministry_order_44_pr_ingests_with_its_items_and_annexes()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var result = await host.IngestAsync(RepositoryPaths.SharedFile("realdocs/prikaz_minstroy_44pr_2019_red2022.docx"));

        var document = (await host.Store.GetAsync(result.DocumentId!.Value, TestContext.Current.CancellationToken))!;
        Assert.Equal("Приказ Минстроя России № 44/пр", document.Canonical);
        Assert.Equal(DocumentType.MinistryOrder, document.Type);
        Assert.Equal("Минстрой России", document.Issuer);
        Assert.Equal(new DateOnly(2019, 1, 28), document.ApprovedOn);
        Assert.Equal("ред. от 16.09.2022", document.Edition);
        Assert.StartsWith("Об утверждении Требований к оформлению протоколов общих собраний", document.TitleRu, StringComparison.Ordinal);
        AssertClauses(
            document,
            ("1", "1", null), ("2", "2", null), ("3", "3", null),
            ("annex:1", "Приложение N 1", null), ("annex:2", "Приложение N 2", null),
            ("annex:1/1", "1", null), ("annex:1/5", "5", null), ("annex:1/24", "24", null),
            ("annex:2/1", "1", null), ("annex:2/5", "5", null));
    }

    [Fact]
    public async Task The_Brazilian_norm_PDF_ingests_with_its_articles_on_their_pages()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var result = await host.IngestAsync(RepositoryPaths.SharedFile("realdocs/cnen_nn_3.01_2025_pt.pdf"));

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        Assert.Equal(85, result.Pages);
        var document = (await host.Store.GetAsync(result.DocumentId!.Value, TestContext.Current.CancellationToken))!;
        Assert.Equal("CNEN NN 3.01", document.Canonical);
        Assert.Equal(DocumentType.ForeignRegulation, document.Type);
        Assert.Equal("pt", document.Language);
        Assert.Equal("BR", document.Jurisdiction);
        // Pages as printed in the PDF (read with pdftotext -layout).
        (string Key, int Page)[] expected =
        [
            ("article:1", 2), ("article:6", 2), ("article:10", 9), ("article:52", 18), ("article:56", 19), ("article:100", 25),
            ("article:101", 25), ("article:122", 28), ("article:149", 32), ("article:154", 33), ("annex:d/article:1", 54), ("annex:e/article:22", 57),
        ];
        foreach (var (key, page) in expected)
        {
            var clause = document.Clauses.SingleOrDefault(c => c.Key == key);
            Assert.True(clause is not null, $"no clause {key}");
            Assert.Equal(page, clause.PageStart);
        }
    }

    [Fact]
    public async Task An_image_only_pdf_is_reported_as_needing_ocr_and_never_stored_empty()
    {
        await using var host = await KnowledgeHost.StartAsync();

        var result = await host.IngestAsync("scan.pdf", PdfFixtures.ImageOnly(pageNumber: true));

        Assert.Equal(IngestionStatus.NeedsOcr, result.Status);
        Assert.Empty(await host.Store.ListAsync(TestContext.Current.CancellationToken));
    }

    private static void AssertClauses(NormativeDocument document, params (string Key, string Number, string? Heading)[] expected)
    {
        Assert.True(expected.Length >= 10);
        foreach (var (key, number, heading) in expected)
        {
            var clause = document.Clauses.SingleOrDefault(c => c.Key == key);
            Assert.True(clause is not null, $"no clause {key} in {document.Canonical}");
            Assert.Equal(number, clause.Number);
            if (heading is not null)
            {
                Assert.Equal(heading, clause.Heading);
            }
        }
    }
}
