using System.Diagnostics;
using System.Text;

namespace Ratro.Knowledge.References;

/// <summary>
/// Times <see cref="ReferenceExtractor"/> over a set of texts. Warm-up passes over the first texts (up to about a million
/// characters each, for at least a second) run first, so that the generated regular expressions are compiled and tiered
/// up before the clock starts. Tiered compilation can still be promoting methods during the first measurement of a
/// process: measure twice (or run with TieredCompilation disabled) for a steady figure.
/// </summary>
public static class ExtractionThroughput
{
    private const int WarmUpCharacters = 1_000_000;
    private const int MinWarmUpPasses = 3;
    private const int MaxWarmUpPasses = 20;
    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(1);

    public static ThroughputResult Measure(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < MaxWarmUpPasses && (pass < MinWarmUpPasses || warmUp.Elapsed < MinWarmUp); pass++)
        {
            var warmed = 0L;
            for (var i = 0; i < texts.Count && warmed < WarmUpCharacters; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReferenceExtractor.Extract(texts[i]);
                warmed += texts[i].Length;
            }
        }

        long bytes = 0, characters = 0;
        var references = 0;
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            references += ReferenceExtractor.Extract(text).Count;
            characters += text.Length;
        }

        clock.Stop();
        foreach (var text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return new ThroughputResult(texts.Count, bytes, characters, references, clock.Elapsed);
    }
}
