namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>A PDF of the measured folder: its path, its name and its bytes (read once, before any timing).</summary>
internal sealed record BenchFile(string Path, string Name, byte[] Content)
{
    public static async Task<BenchFile> ReadAsync(string path, CancellationToken cancellationToken) =>
        new(path, System.IO.Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken));
}
