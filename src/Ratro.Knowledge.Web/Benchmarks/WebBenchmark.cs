using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Ratro.Knowledge.Web.Caching;

namespace Ratro.Knowledge.Web.Benchmarks;

/// <summary>
/// <c>Ratro.Knowledge.Web bench [--requests N] [--urls http://127.0.0.1:0] [--OutputCache:Seconds 0]</c>: starts the site (seeding the corpus as usual),
/// then measures time to first byte — from sending a request to receiving its response headers — for the home page, the
/// catalogue, a document page and a search, from a client in the same process over the loopback interface, and prints
/// the percentiles as a Markdown table. A measurement, not a test: it never fails on the numbers.
/// </summary>
public static class WebBenchmark
{
    public const string Command = "bench";
    private const int WarmUp = 30;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    /// <summary>The pages measured; a page with several paths takes them in turn, so no single address stands for it.</summary>
    public static IReadOnlyList<(string Name, string[] Paths)> Targets { get; } =
    [
        ("home", ["/"]),
        ("catalogue", ["/documents"]),
        ("catalogue, filtered", ["/documents?type=sanitary_rules&sort=date"]),
        ("document page (СанПиН 2.6.1.2523-09)", ["/documents/sanpin-2-6-1-2523-09"]),
        ("document page (IAEA GSR Part 3)", ["/documents/iaea-gsr-part-3"]),
        ("search, Russian", Search("пределы доз персонала", "контроль качества ускорителя", "НРБ-99/2009", "эффективная доза",
            "брахитерапия источники", "радиационная авария", "облучение пациентов при медицинских исследованиях", "радон в помещениях")),
        ("search, English", Search("dose limits for workers", "absorbed dose to water calibration", "IAEA TRS-398", "small field dosimetry",
            "quality assurance of medical accelerators", "ICRP 103 effective dose", "brachytherapy source calibration", "IEC 61217 coordinate systems")),
        ("API search", ["/api/v1/search?q=absorbed%20dose", "/api/v1/search?q=" + Uri.EscapeDataString("предел дозы")]),
    ];

    public static async Task RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requests = Option(args, "--requests", 300);
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var cache = app.Configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
            Console.WriteLine($"Time to first byte, {requests} sequential requests per page after {WarmUp} warm-up requests " +
                $"({address}, {Environment.ProcessorCount} cores, output cache {(cache.Seconds > 0 ? $"on, {cache.Seconds} s" : "off")})");
            Console.WriteLine();
            Console.WriteLine("| page | path | p50 ms | p95 ms | p99 ms | max ms | max bytes |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (var (name, paths) in Targets)
            {
                var (times, bytes) = await MeasureAsync(client, paths, requests, app.Lifetime.ApplicationStopping);
                var shown = paths.Length == 1 ? Uri.UnescapeDataString(paths[0]) : $"{Uri.UnescapeDataString(paths[0])} … ({paths.Length} queries)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | `{shown}` | {Percentile(times, 50):0.0} | {Percentile(times, 95):0.0} | {Percentile(times, 99):0.0} | {times.Max():0.0} | {bytes} |"));
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<(List<double> Times, long Bytes)> MeasureAsync(HttpClient client, string[] paths, int requests, CancellationToken cancellationToken)
    {
        var times = new List<double>(requests);
        long bytes = 0;
        for (var i = 0; i < WarmUp + requests; i++)
        {
            var path = paths[i % paths.Length];
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}; is the corpus seeded?");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (i >= WarmUp)
            {
                times.Add(elapsed);
                bytes = Math.Max(bytes, body.Length);
            }
        }

        return (times, bytes);
    }

    private static string[] Search(params string[] queries) => queries.Select(q => "/search?q=" + Uri.EscapeDataString(q)).ToArray();

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
