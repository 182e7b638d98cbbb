namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Default inputs of measurements, found in the source repository above the working directory (or the program).</summary>
internal static class RepositoryFolders
{
    /// <summary>The folder holding Ratro.Knowledge.sln, or null when the program runs outside a checkout.</summary>
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ratro.Knowledge.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>A path under the repository; fails with the option to pass when there is no checkout or no such path.</summary>
    public static string Require(string option, params string[] parts)
    {
        var root = Root() ?? throw new CliException($"no source checkout was found above the working directory; pass {option}.");
        var path = Path.Combine([root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : throw new CliException($"'{Path.Combine(parts)}' is not in the checkout; pass {option}.");
    }
}
