using System.Diagnostics;
using System.Text;

namespace Ratro.Knowledge.References;

/// <summary>
/// Times <see cref="ReferenceExtractor"/> over a set of texts. A warm-up over the first texts (up to about a million
/// characters) runs first, so that the generated regular expressions are compiled and tiered up before the clock starts.
/// </summary>
public static class ExtractionThroughput
{
    private const int WarmUpCharacters = 1_000_000;

    public static ThroughputResult Measure(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var warmed = 0L;
        for (var i = 0; i < texts.Count && warmed < WarmUpCharacters; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReferenceExtractor.Extract(texts[i]);
            warmed += texts[i].Length;
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
