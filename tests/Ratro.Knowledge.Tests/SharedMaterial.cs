namespace Ratro.Knowledge.Tests;

/// <summary>
/// The shared reference material (catalogue, designation patterns, real documents) in the folder "shared" next to the
/// repository root: found by walking up from the test binaries to the folder holding Ratro.Knowledge.sln.
/// </summary>
internal static class SharedMaterial
{
    private static readonly string? Root = FindRoot();

    /// <summary>The path of a shared file; the calling test is skipped (with the reason) when the file is absent.</summary>
    public static string Require(params string[] parts)
    {
        var relative = string.Join('/', parts);
        var path = Root is null ? null : Path.Combine([Root, .. parts]);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"shared reference material '../shared/{relative}' is not present next to the repository root");
        }

        return path!;
    }

    private static string? FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ratro.Knowledge.sln")))
        {
            directory = directory.Parent;
        }

        var shared = directory?.Parent is null ? null : Path.Combine(directory.Parent.FullName, "shared");
        return shared is not null && Directory.Exists(shared) ? shared : null;
    }
}
