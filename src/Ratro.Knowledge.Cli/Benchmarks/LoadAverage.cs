namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>The system load averages (Linux /proc/loadavg: 1, 5 and 15 minutes), to tell a quiet machine from a busy one; null elsewhere.</summary>
internal static class LoadAverage
{
    public static string? Read()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return null;
        }

        var fields = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 3 ? string.Join(' ', fields[..3]) : null;
    }
}
