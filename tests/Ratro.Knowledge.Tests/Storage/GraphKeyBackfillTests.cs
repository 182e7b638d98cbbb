using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.References.Graph;

namespace Ratro.Knowledge.Tests.Storage;

/// <summary>Records stored before the graph's lookup keys existed get them when the database is next opened.</summary>
public sealed class GraphKeyBackfillTests
{
    [Fact]
    public async Task Opening_the_database_fills_missing_keys_and_references_resolve_again()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("mr.md", GraphDocuments.Markdown("МР 2.6.1.0001-24", "relations:\n  - {type: cites, target: \"НРБ-99/2009\"}"));
        await graph.IngestAsync("nrb.md", GraphDocuments.Markdown("СанПиН 2.6.1.2523-09", "aliases: [\"НРБ-99/2009\"]"));
        var contexts = graph.Get<IDbContextFactory<KnowledgeDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(GraphHarness.Ct))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE documents SET WorkKey = ''; DELETE FROM document_names; UPDATE relations SET SourceKey = '', TargetKey = '';", GraphHarness.Ct);
        }

        var emptied = await IncomingAsync(graph);
        await graph.Get<KnowledgeDatabase>().EnsureReadyAsync(GraphHarness.Ct);
        var filled = await IncomingAsync(graph);

        Assert.Empty(emptied);
        Assert.Equal("МР 2.6.1.0001-24", Assert.Single(filled).Evidence.Canonical);
        await using var check = await contexts.CreateDbContextAsync(GraphHarness.Ct);
        Assert.False(await check.Documents.AnyAsync(d => d.WorkKey == "", GraphHarness.Ct));
        Assert.False(await check.Relations.AnyAsync(r => r.TargetKey == "" || r.SourceKey == "", GraphHarness.Ct));
        Assert.Equal(2, await check.Names.Select(n => n.DocumentId).Distinct().CountAsync(GraphHarness.Ct));
    }

    private static async Task<IReadOnlyList<GraphReference>> IncomingAsync(GraphHarness graph) =>
        await graph.Get<ReferenceGraph>().IncomingAsync(await graph.HeldAsync("СанПиН 2.6.1.2523-09"), null, null, GraphHarness.Ct);
}
