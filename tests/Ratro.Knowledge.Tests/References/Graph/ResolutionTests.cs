using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>References resolve to held documents at read time: dated to that edition, undated to the latest, aliases, stubs.</summary>
public sealed class ResolutionTests
{
    private const string Citing = "# Методические указания\n\n## 1. Общие положения\n\n"
        + "1.1. Аппараты должны соответствовать ГОСТ Р 50267.0 и требованиям п. 7.1 IEC 62083:2009.\n\n"
        + "1.2. Пределы доз установлены НРБ-99/2009.\n";

    [Fact]
    public async Task A_stub_resolves_when_its_document_arrives_without_ingesting_the_citing_document_again()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("mu.md", GraphDocuments.Markdown("МУ 2.6.1.9001-20", body: Citing));
        var citing = await graph.HeldAsync("МУ 2.6.1.9001-20");
        var before = await graph.Get<ReferenceGraph>().OutgoingAsync(citing, null, null, GraphHarness.Ct);
        var stubsBefore = await graph.Get<StubCatalog>().ListAsync(citing.Document!.Id, GraphHarness.Ct);

        await graph.IngestAsync("gost.md", GraphDocuments.Markdown("ГОСТ Р 50267.0-92", "approved: 1992-12-22"));
        var after = await graph.Get<ReferenceGraph>().OutgoingAsync(citing, null, null, GraphHarness.Ct);
        var stubsAfter = await graph.Get<StubCatalog>().ListAsync(citing.Document!.Id, GraphHarness.Ct);

        Assert.False(Target(before, "ГОСТ Р 50267.0").TargetResolution.IsResolved);
        Assert.Equal(["IEC 62083:2009", "ГОСТ Р 50267.0", "СанПиН 2.6.1.2523-09"], stubsBefore.Select(s => s.Canonical).Order(StringComparer.Ordinal));
        Assert.All(stubsBefore, s => Assert.Equal(1, s.Documents));
        Assert.Equal("ГОСТ Р 50267.0-92", Target(after, "ГОСТ Р 50267.0-92").TargetResolution.Document!.Canonical);
        Assert.Equal(["IEC 62083:2009", "СанПиН 2.6.1.2523-09"], stubsAfter.Select(s => s.Canonical).Order(StringComparer.Ordinal));
        var incoming = await graph.Get<ReferenceGraph>().IncomingAsync(await graph.HeldAsync("ГОСТ Р 50267.0-92"), null, null, GraphHarness.Ct);
        Assert.Equal("МУ 2.6.1.9001-20", Assert.Single(incoming).Evidence.Canonical);
    }

    [Fact]
    public async Task A_dated_reference_pins_its_edition_and_an_undated_one_takes_the_latest_of_the_work()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("cite.md", GraphDocuments.Markdown("МУ 2.6.1.9002-21", body:
            "# МУ\n\n## 1. Требования\n\n1.1. Аппарат соответствует IEC 60601-2-1.\n\n1.2. Испытания по IEC 60601-2-1:2009.\n\n1.3. Планирование по IEC 62083:2009.\n"));
        await graph.IngestAsync("old.md", GraphDocuments.Markdown("IEC 60601-2-1:2009", "approved: 2009-10-01\nstatus: superseded"));
        await graph.IngestAsync("new.md", GraphDocuments.Markdown("IEC 60601-2-1:2020", "approved: 2020-10-28"));

        var outgoing = await graph.Get<ReferenceGraph>().OutgoingAsync(await graph.HeldAsync("МУ 2.6.1.9002-21"), null, null, GraphHarness.Ct);

        Assert.Equal("IEC 60601-2-1:2020", Clause(outgoing, "1.1").TargetResolution.Document!.Canonical);
        Assert.Equal("IEC 60601-2-1:2009", Clause(outgoing, "1.2").TargetResolution.Document!.Canonical);
        Assert.False(Clause(outgoing, "1.3").TargetResolution.IsResolved);
    }

    [Fact]
    public async Task Aliases_resolve_whether_the_parser_knows_them_or_only_the_held_record_does()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("cite.md", GraphDocuments.Markdown("МУ 2.6.1.9001-20", body: Citing));
        await graph.IngestAsync("own.md", GraphDocuments.Markdown("МР 2.6.1.0001-24", "relations:\n  - {type: cites, target: \"НРБ-99/2009\"}\n  - {type: implements, target: \"Правила Н-7\"}"));
        await graph.IngestAsync("nrb.md", GraphDocuments.Markdown("СанПиН 2.6.1.2523-09", "aliases: [\"НРБ-99/2009\"]"));
        await graph.IngestAsync("rules.md", GraphDocuments.Markdown("СП 2.6.1.9009-24", "aliases: [\"Правила Н-7\"]"));

        var nrb = await graph.Get<ReferenceGraph>().IncomingAsync(await graph.HeldAsync("НРБ-99/2009"), null, null, GraphHarness.Ct);
        var rules = await graph.Get<ReferenceGraph>().IncomingAsync(await graph.HeldAsync("СП 2.6.1.9009-24"), null, null, GraphHarness.Ct);

        Assert.Equal(["МР 2.6.1.0001-24", "МУ 2.6.1.9001-20"], nrb.Select(r => r.Evidence.Canonical).Order(StringComparer.Ordinal));
        var implementation = Assert.Single(rules);
        Assert.Equal((RelationType.Implements, "МР 2.6.1.0001-24"), (implementation.Type, implementation.Evidence.Canonical));
    }

    [Fact]
    public async Task Ingesting_a_document_again_does_not_duplicate_its_relations()
    {
        await using var graph = await GraphHarness.StartAsync();
        var first = await graph.IngestAsync("mu.md", GraphDocuments.Markdown("МУ 2.6.1.9001-20", body: Citing));
        var same = await graph.IngestAsync("mu.md", GraphDocuments.Markdown("МУ 2.6.1.9001-20", body: Citing));
        var edited = await graph.IngestAsync("mu.md", GraphDocuments.Markdown("МУ 2.6.1.9001-20", body: Citing + "\n1.3. Контроль проводят ежегодно.\n"));

        var outgoing = await graph.Get<ReferenceGraph>().OutgoingAsync(await graph.HeldAsync("МУ 2.6.1.9001-20"), null, null, GraphHarness.Ct);
        var stored = await CountRelationsAsync(graph);

        Assert.Equal((IngestionStatus.Ingested, IngestionStatus.Unchanged, IngestionStatus.Updated), (first.Status, same.Status, edited.Status));
        Assert.Equal(first.Relations, edited.Relations);
        Assert.Equal(first.Relations, stored);
        Assert.Equal(outgoing.Count, outgoing.DistinctBy(r => (r.SourceClause, r.Target.Key, r.TargetClause)).Count());
        Assert.Equal(3, outgoing.Count);
    }

    private static GraphReference Target(IReadOnlyList<GraphReference> references, string canonical) =>
        Assert.Single(references, r => (r.TargetResolution.Document?.Canonical ?? r.Target.Display) == canonical);

    private static GraphReference Clause(IReadOnlyList<GraphReference> references, string clause) => Assert.Single(references, r => r.SourceClause == clause);

    private static async Task<int> CountRelationsAsync(GraphHarness graph)
    {
        await using var db = await graph.Get<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync(GraphHarness.Ct);
        return await db.Relations.CountAsync(GraphHarness.Ct);
    }
}
