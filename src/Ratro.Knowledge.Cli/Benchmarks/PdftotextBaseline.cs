using System.ComponentModel;
using System.Diagnostics;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>
/// The reference: poppler's pdftotext extracting each file's text to /dev/null, one file after the other, as a
/// person runs it. Its CPU time is read from the children's resource usage (Linux). Pages are not counted here:
/// the caller sets them from our decoding of the same files.
/// </summary>
internal static class PdftotextBaseline
{
    public const string Tool = "pdftotext";

    public static async Task<RunMeasure> RunAsync(IReadOnlyList<BenchFile> files, CancellationToken cancellationToken)
    {
        var before = ChildProcessUsage.Read();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            await ExtractAsync(file.Path, cancellationToken);
        }

        clock.Stop();
        var after = ChildProcessUsage.Read();
        return new RunMeasure(
            Tool,
            files.Count,
            0,
            files.Sum(f => (long)f.Content.Length),
            clock.Elapsed.TotalSeconds,
            before is { } b && after is { } a ? (a.Cpu - b.Cpu).TotalSeconds : null);
    }

    public static async Task ExtractAsync(string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Tool) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-q", file, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException($"{Tool} could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new CliException($"{Tool} is not installed (Debian: apt-get install poppler-utils): {e.Message}");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new CliException($"{Tool} failed on '{file}' (exit code {process.ExitCode}): {(await error).Trim()}");
            }
        }
    }
}
