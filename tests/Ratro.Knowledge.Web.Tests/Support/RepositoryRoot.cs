namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>The repository (the folder holding Ratro.Knowledge.sln) and its corpus folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ratro.Knowledge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Ratro.Knowledge.sln was not found above " + AppContext.BaseDirectory);
    }
}
