using Microsoft.Data.Sqlite;

namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>A fresh data directory under the system temp folder for one benchmark run, deleted afterwards.</summary>
internal sealed class BenchDataDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ratro-bench", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not turn a finished measurement into a failure; the temp cleaner removes it.
        }
    }
}
