namespace Ratro.Knowledge.Corpus;

/// <summary>Where the corpus is. Bound from section "Corpus"; empty means "find corpus/manifest.json above the working directory or the program".</summary>
public sealed class CorpusOptions
{
    public string? ManifestPath { get; set; }

    /// <summary>The manifest to use: the configured one, else the first corpus/manifest.json found walking up from the working directory, then from the program's folder.</summary>
    public string ResolveManifest()
    {
        if (!string.IsNullOrWhiteSpace(ManifestPath))
        {
            return Path.GetFullPath(ManifestPath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus", "manifest.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new CorpusException("no corpus/manifest.json was found above the working directory; set Corpus:ManifestPath or pass --manifest.");
    }
}
