using System.Runtime.InteropServices;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// CPU time and peak resident memory of the child processes this process has waited for (Linux getrusage with
/// RUSAGE_CHILDREN): the cost of external tools a benchmark runs. Null on other systems.
/// </summary>
internal static class ChildProcessUsage
{
    private const int Children = -1;

    /// <summary>struct rusage of 64-bit Linux as longs: user and system timevals (seconds, microseconds), then ru_maxrss (KiB) and thirteen more.</summary>
    private const int UsageLongs = 18;

    /// <summary>User plus system CPU time of all waited-for children so far, and the largest child's peak resident set in bytes.</summary>
    public static (TimeSpan Cpu, long PeakResidentBytes)? Read()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }

        var usage = new long[UsageLongs];
        if (GetResourceUsage(Children, usage) != 0)
        {
            return null;
        }

        var cpu = TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
        return (cpu, usage[4] * 1024);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
