namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds (nearest-rank).</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Round(Rank(0.50)), Round(Rank(0.95)), Round(Rank(0.99)), Round(sorted[^1]), Round(sorted.Average()));
    }

    private static double Round(double value) => Math.Round(value, 2);
}
