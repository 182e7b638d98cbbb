namespace Ratro.Knowledge.Tests.Support;

/// <summary>Locates the repository (the folder with Ratro.Knowledge.sln) and the shared reference material beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The shared reference folder next to the repository, or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>A file of the shared reference material; skips the test with the reason when it is absent.</summary>
    public static string SharedFile(string relativePath)
    {
        var shared = Shared;
        if (shared is null)
        {
            Assert.Skip($"the shared reference folder (../shared next to the repository) is absent, so '{relativePath}' cannot be read");
        }

        var path = Path.Combine(shared, relativePath);
        if (!File.Exists(path))
        {
            Assert.Skip($"'{relativePath}' is absent from the shared reference folder");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ratro.Knowledge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ratro.Knowledge.sln was not found above the test binaries.");
    }
}
