using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Cli.Output;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Search.Vectors.Hnsw;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>
/// `ratro bench vectors`: builds the vector store and its HNSW graph from synthetic vectors in a scratch folder and
/// measures build time, file sizes, memory, query latency and recall against the exact answer. Index options default
/// to <c>Search:Vectors</c> from configuration.
/// </summary>
internal static class BenchVectorsCommand
{
    private static readonly Option<int> Count = new("--count") { Description = "Vectors to store.", DefaultValueFactory = _ => 500_000 };
    private static readonly Option<int> Dimensions = new("--dimensions") { Description = "Vector size.", DefaultValueFactory = _ => 384 };
    private static readonly Option<string> Data = new("--vectors")
    {
        Description = "random (Gaussian directions) or clustered (points around 1,000 centres).",
        DefaultValueFactory = _ => SyntheticVectors.Random,
    };

    private static readonly Option<int> Queries = new("--queries") { Description = "Queries timed.", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> RecallQueries = new("--recall-queries") { Description = "Queries also answered exactly, for recall.", DefaultValueFactory = _ => 100 };
    private static readonly Option<int> Top = new("--top") { Description = "Hits per query.", DefaultValueFactory = _ => 100 };
    private static readonly Option<int?> M = new("--m") { Description = "Links per node (default Search:Vectors:M)." };
    private static readonly Option<int?> EfConstruction = new("--ef-construction") { Description = "Candidates while linking (default Search:Vectors:EfConstruction)." };
    private static readonly Option<int?> EfSearch = new("--ef-search") { Description = "Candidates while searching (default Search:Vectors:EfSearch)." };
    private static readonly Option<int?> ExactBelow = new("--exact-below") { Description = "Exact scan below this many vectors (default Search:Vectors:ExactBelow)." };
    private static readonly Option<int?> Threads = new("--threads") { Description = "Build threads, 0 = one per core (default Search:Vectors:BuildThreads)." };
    private static readonly Option<string> Sweep = new("--ef-sweep") { Description = "Other efSearch values to measure, comma-separated.", DefaultValueFactory = _ => "" };
    private static readonly Option<string> Filters = new("--filters")
    {
        Description = "Shares of editions a filter passes, comma-separated.",
        DefaultValueFactory = _ => "0.5,0.1,0.02",
    };

    private static readonly Option<string?> Folder = new("--folder") { Description = "Folder for the vector and graph files, kept after the run (default: a folder under the system temp, deleted after)." };
    private static readonly Option<bool> Reuse = new("--reuse") { Description = "Measure queries on the files an earlier run left in --folder instead of building them again." };

    public static Command Create()
    {
        var command = new Command("vectors", "Measure the vector index (HNSW) on synthetic vectors.")
        {
            Count, Dimensions, Data, Queries, RecallQueries, Top, M, EfConstruction, EfSearch, ExactBelow, Threads, Sweep, Filters, Folder, Reuse,
        };
        CliAction.Set(command, RunAsync, needsStore: false);
        return command;
    }

    private static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var configured = session.Get<IOptions<VectorSearchOptions>>().Value;
        var options = new VectorSearchOptions
        {
            M = parse.GetValue(M) ?? configured.M,
            EfConstruction = parse.GetValue(EfConstruction) ?? configured.EfConstruction,
            EfSearch = parse.GetValue(EfSearch) ?? configured.EfSearch,
            ExactBelow = parse.GetValue(ExactBelow) ?? configured.ExactBelow,
            BuildThreads = parse.GetValue(Threads) ?? configured.BuildThreads,
            Seed = configured.Seed,
        };
        var invalid = new VectorSearchOptionsValidator().Validate(null, options);
        if (invalid.Failed)
        {
            throw new CliException(invalid.FailureMessage);
        }

        var folder = parse.GetValue(Folder);
        var data = parse.GetValue(Data);
        if (data is not (SyntheticVectors.Random or SyntheticVectors.Clustered))
        {
            throw new CliException("--vectors is random or clustered.");
        }

        var settings = new HnswBenchmarkSettings
        {
            Count = Positive(parse.GetValue(Count), "--count"),
            Dimensions = Positive(parse.GetValue(Dimensions), "--dimensions"),
            Data = data,
            Queries = Positive(parse.GetValue(Queries), "--queries"),
            RecallQueries = Positive(parse.GetValue(RecallQueries), "--recall-queries"),
            K = Positive(parse.GetValue(Top), "--top"),
            EfSearchSweep = Numbers(parse.GetValue(Sweep), "--ef-sweep").Select(n => Positive((int)n, "--ef-sweep")).ToList(),
            FilterShares = Numbers(parse.GetValue(Filters), "--filters").Select(s => s is > 0 and <= 1 ? s : throw new CliException("--filters are shares in (0, 1].")).ToList(),
            Options = options,
            Reuse = parse.GetValue(Reuse),
            Folder = folder ?? Path.Combine(Path.GetTempPath(), "ratro-bench-vectors", Guid.NewGuid().ToString("N")),
        };
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var report = HnswBenchmark.Run(settings, message => error.WriteLine(message), cancellationToken);
            await WriteAsync(session, report);
            return 0;
        }
        finally
        {
            if (folder is null && Directory.Exists(settings.Folder))
            {
                Directory.Delete(settings.Folder, recursive: true);
            }
        }
    }

    private static async Task WriteAsync(CliSession session, HnswBenchmarkReport report)
    {
        if (!session.Json)
        {
            await session.Out.WriteAsync(report.ToMarkdown());
            return;
        }

        await CliJson.WriteAsync(session.Out, new
        {
            count = report.Settings.Count,
            dimensions = report.Settings.Dimensions,
            vectors = report.Settings.Data,
            options = new { report.Settings.Options.M, report.Settings.Options.EfConstruction, report.Settings.Options.EfSearch, threads = report.Settings.Options.Threads },
            top = report.Settings.K,
            reused = report.Reused,
            buildSeconds = report.Build.TotalSeconds,
            buildProcessorSeconds = report.BuildCpu.TotalSeconds,
            saveSeconds = report.Save.TotalSeconds,
            openSeconds = report.Open.TotalSeconds,
            report.VectorFileBytes,
            report.GraphFileBytes,
            report.StoreBytes,
            report.GraphBytes,
            report.ManagedBytes,
            report.ResidentBytes,
            latencyMs = report.Latency,
            report.RecallAt10,
            report.RecallAtK,
            sweep = report.Sweep,
            filtered = report.Filtered,
        });
    }

    private static int Positive(int value, string option) => value > 0 ? value : throw new CliException($"{option} must be positive.");

    private static IEnumerable<double> Numbers(string? text, string option) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw new CliException($"{option} takes numbers, not '{t}'."));
}
