using Ratro.Knowledge.Corpus.Seeding;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Seeding;

/// <summary>Seeding the real corpus on an empty data directory, then again: everything loads without warnings, and the second run changes nothing.</summary>
public sealed class CorpusSeederTests
{
    [Fact]
    public async Task Seeding_loads_every_document_without_warnings_and_a_second_run_changes_nothing()
    {
        await using var host = await KnowledgeHost.StartAsync();
        var seeder = host.Get<CorpusSeeder>();
        var manifest = Path.Combine(RepositoryPaths.Corpus, "manifest.json");

        var first = await seeder.SeedAsync(manifest, TestContext.Current.CancellationToken);
        var snapshot = StoreSnapshot.Take(host.DataPath);
        var second = await seeder.SeedAsync(manifest, TestContext.Current.CancellationToken);

        Assert.Equal(61, first.Results.Count);
        Assert.All(first.Results, r => Assert.True(r.Status == IngestionStatus.Ingested && r.Warnings.Count == 0, $"{r.File}: {r.Status} {r.Error} {string.Join("; ", r.Warnings)}"));
        var flagged = first.Results.Where(r => r.ReviewFlags.Count > 0).ToList();
        Assert.All(flagged, r => Assert.Equal([new("status", "the status is stated as unverified; verify it")], r.ReviewFlags));
        Assert.Equal(6, flagged.Count);
        Assert.True(first.GlossaryTerms >= 300);
        Assert.Equal(0, second.Changed);
        Assert.Equal(61, second.Unchanged);
        Assert.Equal(snapshot, StoreSnapshot.Take(host.DataPath));
        Assert.Equal(61, (await host.Store.ListAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task A_manifest_naming_a_missing_folder_is_a_clear_error()
    {
        using var folder = new TempDirectory();
        var manifest = folder.Write("manifest.json", """{ "documents": [ { "path": "nowhere" } ] }""");
        await using var host = await KnowledgeHost.StartAsync();

        var error = await Assert.ThrowsAsync<Knowledge.Corpus.CorpusException>(() => host.Get<CorpusSeeder>().SeedAsync(manifest, TestContext.Current.CancellationToken));

        Assert.Equal($"the corpus folder '{Path.Combine(folder.Path, "nowhere")}' named in the manifest does not exist.", error.Message);
    }
}
