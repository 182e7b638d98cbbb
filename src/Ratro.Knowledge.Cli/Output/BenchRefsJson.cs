using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>What `ratro bench refs --json` prints: the sample score, the timed text, and each timed run.</summary>
internal sealed record BenchRefsJson(SampleScoreJson Sample, BenchCorpusJson Corpus, IReadOnlyList<ThroughputRunJson> Throughput)
{
    public static BenchRefsJson From(ExtractionScore score, IReadOnlyList<BenchmarkText> texts, IReadOnlyList<ThroughputResult> runs) => new(
        new SampleScoreJson(
            score.Sentences, score.ExpectedReferences, score.ExpectedUnits, score.FoundUnits, score.MatchedUnits,
            Math.Round(score.Precision, 4), Math.Round(score.Recall, 4), Math.Round(score.F1, 4), score.Mismatches.Count),
        new BenchCorpusJson(
            texts.Count(t => !t.IsWord), texts.Count(t => t.IsWord), runs[0].Bytes, runs[0].Characters, Math.Round(runs[0].Bytes / 1e6, 3)),
        runs.Select((r, i) => new ThroughputRunJson(
            i + 1, Math.Round(r.MegabytesPerSecond, 2), Math.Round(r.Elapsed.TotalMilliseconds, 1), r.References)).ToList());
}
