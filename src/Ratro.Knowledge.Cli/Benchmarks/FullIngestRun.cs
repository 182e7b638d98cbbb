using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// Our whole ingestion of the files (read → decode → structure → metadata → link → store → index) into a fresh data
/// directory made for the run and deleted after it, so every file is new and nothing is skipped as unchanged.
/// </summary>
internal static class FullIngestRun
{
    public const string Tool = "ratro full ingest";

    public static async Task<RunMeasure> RunAsync(IReadOnlyList<BenchFile> files, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("ratro-bench-ingest-");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddEnvironmentVariables("RATRO_")
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = data.FullName })
                .Build();
            var collection = new ServiceCollection();
            collection.AddSingleton<IConfiguration>(configuration);
            collection.AddLogging();
            collection.AddRatroKnowledge(configuration);
            await using var services = collection.BuildServiceProvider();
            await services.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(cancellationToken);
            var pipeline = services.GetRequiredService<IngestionPipeline>();

            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var pages = 0;
            foreach (var file in files)
            {
                var request = new IngestionRequest { FileName = file.Name, Content = file.Content };
                var result = await pipeline.IngestAsync(request, cancellationToken);
                if (result.Status is IngestionStatus.Failed or IngestionStatus.NeedsOcr)
                {
                    throw new CliException($"'{request.FileName}' did not ingest ({result.Status}): {result.Error}");
                }

                pages += result.Pages;
            }

            clock.Stop();
            process.Refresh();
            return new RunMeasure(Tool, files.Count, pages, files.Sum(f => (long)f.Content.Length), clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
