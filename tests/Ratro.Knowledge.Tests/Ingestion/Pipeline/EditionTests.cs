using System.Text;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Ingestion.Pipeline;

/// <summary>The same file twice changes nothing; a new edition is kept beside the older one; a corrected file of the same edition replaces it.</summary>
public sealed class EditionTests
{
    private static string Document(string edition, string editionDate, string text) => $"""
        ---
        designation: "СанПиН 2.6.1.2573-10"
        title_ru: "Гигиенические требования к размещению и эксплуатации ускорителей электронов"
        type: sanitary_rules
        issuer: "Главный государственный санитарный врач Российской Федерации"
        jurisdiction: RU
        language: ru
        status: in_force
        access: public
        edition: "{edition}"
        edition_date: {editionDate}
        ---
        # Ускорители

        4.2. {text} в соответствии с п. 3.1.2 НРБ-99/2009.
        """;

    [Fact]
    public async Task The_same_bytes_twice_report_unchanged_and_change_nothing()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var bytes = Encoding.UTF8.GetBytes(Document("ред. от 2010", "2010-01-18", "Защиту рассчитывают с запасом 2"));
        var first = await host.IngestAsync("a.md", bytes);
        var before = StoreSnapshot.Take(host.DataPath);

        var second = await host.IngestAsync("renamed.md", bytes);

        Assert.Equal(IngestionStatus.Ingested, first.Status);
        Assert.Equal(IngestionStatus.Unchanged, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(first.Relations, second.Relations);
        Assert.Equal(before, StoreSnapshot.Take(host.DataPath));
    }

    [Fact]
    public async Task A_new_edition_is_kept_beside_the_older_one_and_becomes_current()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var old = await host.IngestAsync("old.md", Encoding.UTF8.GetBytes(Document("ред. от 2010", "2010-01-18", "Защиту рассчитывают с запасом 2")));

        var fresh = await host.IngestAsync("new.md", Encoding.UTF8.GetBytes(Document("ред. от 2024", "2024-03-01", "Защиту рассчитывают с запасом 3")));

        Assert.Equal(IngestionStatus.NewEdition, fresh.Status);
        var editions = await host.Store.GetEditionsAsync("СанПиН 2.6.1.2573-10", TestContext.Current.CancellationToken);
        Assert.Equal([fresh.DocumentId, old.DocumentId], editions.Select(e => (Guid?)e.Id));
        Assert.Equal([true, false], editions.Select(e => e.IsCurrentEdition));
        Assert.Equal("ред. от 2010", editions[1].Edition);
        var current = await host.Store.FindAsync("СанПиН 2.6.1.2573-10", TestContext.Current.CancellationToken);
        Assert.Contains("запасом 3", current!.Clauses.Single(c => c.Key == "4.2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_file_of_the_same_edition_replaces_it_under_the_same_id()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var first = await host.IngestAsync("a.md", Encoding.UTF8.GetBytes(Document("ред. от 2010", "2010-01-18", "Защиту рассчитывают с запасм 2")));

        var corrected = await host.IngestAsync("a-fixed.md", Encoding.UTF8.GetBytes(Document("ред. от 2010", "2010-01-18", "Защиту рассчитывают с запасом 2")));

        Assert.Equal(IngestionStatus.Updated, corrected.Status);
        Assert.Equal(first.DocumentId, corrected.DocumentId);
        var editions = await host.Store.GetEditionsAsync("СанПиН 2.6.1.2573-10", TestContext.Current.CancellationToken);
        var only = Assert.Single(editions);
        Assert.Equal("a-fixed.md", only.Source!.FileName);
        Assert.Equal(first.Relations, corrected.Relations);
    }
}
