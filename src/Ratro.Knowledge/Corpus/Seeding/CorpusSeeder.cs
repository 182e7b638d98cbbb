using System.Diagnostics;
using Microsoft.Extensions.Logging;
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

        var report = new SeedReport(results, 0, watch.Elapsed);
        logger.LogInformation(
            "Seeded {Files} corpus files in {Elapsed}: {Changed} changed, {Unchanged} unchanged, {Failed} failed",
            results.Count, watch.Elapsed, report.Changed, report.Unchanged, report.Failed);
        return report;
    }
}
