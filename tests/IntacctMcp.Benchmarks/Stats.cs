namespace IntacctMcp.Benchmarks;

/// <summary>Order statistics over a set of samples in milliseconds.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyList<double> samples) => Percentile(samples, 50);

    public static double P99(IReadOnlyList<double> samples) => Percentile(samples, 99);

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Ratio(double value, double baseline) => baseline <= 0 ? double.NaN : value / baseline;
}
