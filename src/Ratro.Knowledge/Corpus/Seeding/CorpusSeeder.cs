using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Corpus.Seeding;

/// <summary>Replays the corpus manifest into the store. Idempotent: documents already stored report unchanged.</summary>
public sealed class CorpusSeeder(IngestionPipeline pipeline, ILogger<CorpusSeeder> logger)
{
    public async Task<SeedReport> SeedAsync(string manifestPath, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var manifest = CorpusManifest.Load(manifestPath);
        var requests = manifest.DocumentFiles()
            .Select(f => IngestionRequest.FromPath(f) with { FileName = Path.GetRelativePath(manifest.Root, f) });
        var results = new List<IngestionResult>();
        await foreach (var result in pipeline.IngestAllAsync(requests, cancellationToken))
        {
            results.Add(result);
        }

        var glossary = await LoadGlossaryAsync(manifest, cancellationToken);
        var report = new SeedReport(results, glossary, watch.Elapsed);
        logger.LogInformation(
            "Seeded {Files} corpus files in {Elapsed}: {Changed} changed, {Unchanged} unchanged, {Failed} failed",
            results.Count, watch.Elapsed, report.Changed, report.Unchanged, report.Failed);
        return report;
    }

    /// <summary>The glossary the manifest names must be readable: search and the glossary page read it from there.</summary>
    private static async Task<int> LoadGlossaryAsync(CorpusManifest manifest, CancellationToken cancellationToken)
    {
        if (manifest.Glossary is null)
        {
            return 0;
        }

        var path = Path.Combine(manifest.Root, manifest.Glossary);
        var glossary = await GlossaryLoader.LoadAsync(path, cancellationToken);
        return glossary.Problem is null ? glossary.Terms.Count : throw new CorpusException(glossary.Problem);
    }
}
