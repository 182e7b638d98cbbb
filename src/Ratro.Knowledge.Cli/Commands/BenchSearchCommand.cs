using System.CommandLine;
using Microsoft.Extensions.AI;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Benchmarks;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench search`: on the documents of the data directory, optionally rebuild the index (build time and
/// size), then time the fixed mixed query set (p50/p95/p99 per group) and report memory.
/// </summary>
internal static class BenchSearchCommand
{
    private static readonly Option<int> Rounds = new("--rounds") { Description = "Timed rounds over the query set (default 5).", DefaultValueFactory = _ => 5 };

    private static readonly Option<bool> Rebuild = new("--rebuild") { Description = "Rebuild the index from the store first and report build time and size." };

    public static Command Create()
    {
        var command = new Command("search", "Measure index build and query latency on the documents of the data directory.") { Rounds, Rebuild };
        CliAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var index = session.Get<ISearchIndex>();
        RebuildReport? build = null;
        if (parse.GetValue(Rebuild))
        {
            build = await index.RebuildAsync(session.Get<DocumentStore>().StreamAllWithClausesAsync(cancellationToken), cancellationToken);
        }

        var indexPath = session.Get<DataDirectory>().IndexPath;
        var (indexBytes, vectorBytes) = (FolderSize(indexPath, "*"), FolderSize(indexPath, "vectors.*"));
        var hybrid = index.Health.Embeddings != "none";
        var generator = hybrid ? session.Find<IEmbeddingGenerator<string, Embedding<float>>>() : null;
        Func<string, CancellationToken, Task>? embed = generator is null ? null : (text, token) => generator.GenerateAsync([text], cancellationToken: token);
        var report = await SearchBenchmark.RunAsync(index, BenchmarkQueries.Mixed(hybrid), Math.Max(1, parse.GetValue(Rounds)), embed, cancellationToken);
        if (session.Json)
        {
            await CliJson.WriteAsync(session.Out, new { build, indexBytes, vectorBytes, report });
            return 0;
        }

        if (build is not null)
        {
            session.Console.WriteLine($"index build: {build.Documents} documents, {build.Clauses} clauses, {build.Vectors} vectors in {build.Elapsed.TotalSeconds:0.0} s");
        }

        session.Console.WriteLine($"index size: {indexBytes / 1024.0 / 1024.0:0.0} MB (vectors and graph {vectorBytes / 1024.0 / 1024.0:0.0} MB); engine {report.Engine}; {report.Queries} queries × {report.Rounds} rounds");
        var table = new Table().AddColumns("Group", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var (group, summary) in report.Groups.Append(new KeyValuePair<string, LatencySummary>("lexical (all but hybrid)", report.Lexical)))
        {
            table.AddRow(group, $"{summary.Count}", $"{summary.P50}", $"{summary.P95}", $"{summary.P99}", $"{summary.Max}");
        }

        if (report.QueryEmbedding is { } e)
        {
            table.AddRow("query embedding alone", $"{e.Count}", $"{e.P50}", $"{e.P95}", $"{e.P99}", $"{e.Max}");
        }

        session.Console.Write(table);
        session.Console.WriteLine($"peak working set {report.PeakWorkingSetBytes / 1024 / 1024} MB, managed heap {report.ManagedHeapBytes / 1024 / 1024} MB");
        return 0;
    }

    private static long FolderSize(string path, string pattern) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
