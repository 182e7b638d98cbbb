namespace Ratro.Knowledge.Search.Vectors.Hnsw;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
public sealed record LatencySummary(double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Average(), At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() => $"p50 {P50:0.00} ms, p95 {P95:0.00} ms, p99 {P99:0.00} ms (mean {Mean:0.00}, max {Max:0.00})";

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
