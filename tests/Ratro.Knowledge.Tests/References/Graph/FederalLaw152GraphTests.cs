using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>The real 152-ФЗ (ред. от 08.08.2024, Word) through the pipeline: its amending laws as stubs, its own clause references.</summary>
public sealed class FederalLaw152GraphTests
{
    private const string Law = "Федеральный закон № 152-ФЗ";

    [Fact]
    public async Task Amending_laws_are_stubs_told_apart_by_their_dates_and_resolve_when_one_arrives()
    {
        var docx = RepositoryPaths.SharedFile("realdocs/fz_152-fz_2006_red2024.docx");
        await using var graph = await GraphHarness.StartAsync();
        var ingested = await graph.IngestFileAsync(docx);
        var stubs = await graph.Get<StubCatalog>().ListAsync(ingested.DocumentId!.Value, GraphHarness.Ct);

        await graph.IngestAsync("266-fz-2022.md", GraphDocuments.Markdown("Федеральный закон № 266-ФЗ", "type: federal_law\napproved: 2022-07-14"));
        var after = await graph.Get<StubCatalog>().ListAsync(ingested.DocumentId!.Value, GraphHarness.Ct);
        var amending = await graph.Get<ReferenceGraph>().OutgoingAsync(await graph.HeldAsync("Федеральный закон № 266-ФЗ"), [RelationType.Amends], null, GraphHarness.Ct);
        var older = (await graph.Get<ReferenceGraph>().LocateAsync("Федеральный закон от 25.11.2009 N 266-ФЗ", GraphHarness.Ct))!;
        var amendedByOlder = await graph.Get<ReferenceGraph>().OutgoingAsync(older, [RelationType.Amends], null, GraphHarness.Ct);

        Assert.Equal(Law, ingested.Canonical);
        Assert.Equal([new DateOnly(2009, 11, 25), new DateOnly(2022, 7, 14)], Dates(stubs, "Федеральный закон № 266-ФЗ"));
        Assert.Equal([new DateOnly(2024, 8, 8)], Dates(stubs, "Федеральный закон № 233-ФЗ"));
        Assert.Equal([new DateOnly(2010, 6, 28), new DateOnly(2011, 6, 4), new DateOnly(2020, 4, 24)], Dates(stubs, "Федеральный закон № 123-ФЗ").Where(d => d is not null));
        Assert.Equal([new DateOnly(2009, 11, 25)], Dates(after, "Федеральный закон № 266-ФЗ"));
        Assert.NotEmpty(amending);
        Assert.All(amending, r => Assert.Equal((new DateOnly(2022, 7, 14), Law), (r.Relation.EffectiveOn!.Value, r.TargetResolution.Document!.Canonical)));
        Assert.False(older.IsHeld);
        Assert.NotEmpty(amendedByOlder);
        Assert.All(amendedByOlder, r => Assert.Equal((new DateOnly(2009, 11, 25), false), (r.Relation.EffectiveOn!.Value, r.SourceResolution.IsResolved)));
    }

    [Fact]
    public async Task References_to_part_1_of_article_6_are_incoming_references_of_that_part()
    {
        var docx = RepositoryPaths.SharedFile("realdocs/fz_152-fz_2006_red2024.docx");
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestFileAsync(docx);
        var law = await graph.HeldAsync("152-ФЗ");

        var incoming = await graph.Get<ReferenceGraph>().IncomingAsync(law, null, ClauseScope.Parse("article:6/1"), GraphHarness.Ct);
        var article10 = await graph.Get<ReferenceGraph>().IncomingAsync(law, null, ClauseScope.Parse("article:10"), GraphHarness.Ct);

        Assert.True(incoming.Count >= 4, $"{incoming.Count} references to article 6 part 1");
        Assert.All(incoming, r => Assert.True(r.TargetClause == "article:6/1" || r.TargetClause!.StartsWith("article:6/1/", StringComparison.Ordinal), r.TargetClause));
        Assert.All(incoming, r => Assert.Equal(Law, r.Evidence.Canonical));
        Assert.All(incoming.Where(r => r.Type == RelationType.Cites), r => Assert.Equal(Law, r.SourceResolution.Document!.Canonical));
        Assert.Contains(incoming, r => r.Type == RelationType.Amends && !r.SourceResolution.IsResolved && r.Source.ActDate is not null);
        Assert.Contains(incoming, r => r.TargetClause == "article:6/1/11" && r.SourceClause!.StartsWith("article:", StringComparison.Ordinal));
        Assert.Contains(incoming, r => r.Relation.Evidence!.Contains("части 1 статьи 6", StringComparison.Ordinal));
        Assert.DoesNotContain(article10, r => r.TargetClause!.StartsWith("article:6", StringComparison.Ordinal));
    }

    private static List<DateOnly?> Dates(IReadOnlyList<ReferenceStub> stubs, string canonical) =>
        stubs.Where(s => s.Canonical == canonical).Select(s => s.ActDate).Order().ToList();
}
