namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>Answer latency over a benchmark run, in milliseconds: percentiles (nearest rank), mean and maximum.</summary>
public sealed record LatencyReport(int Answers, double P50, double P95, double P99, double Mean, double Max, bool Embeddings)
{
    public static LatencyReport Of(IReadOnlyList<double> milliseconds, bool embeddings)
    {
        var sorted = milliseconds.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 2);
        return new LatencyReport(
            sorted.Count, Percentile(0.50), Percentile(0.95), Percentile(0.99),
            sorted.Count == 0 ? 0 : Math.Round(sorted.Average(), 2), sorted.Count == 0 ? 0 : Math.Round(sorted[^1], 2), embeddings);
    }
}
