using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ratro.Knowledge.Corpus.Seeding;

/// <summary><c>corpus/manifest.json</c>: which files a fresh installation loads.</summary>
public sealed record CorpusManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public IReadOnlyList<DocumentSet> Documents { get; init; } = [];

    public string? Glossary { get; init; }

    public RenditionSet? Renditions { get; init; }

    /// <summary>The folder the manifest's relative paths start from.</summary>
    [JsonIgnore]
    public string Root { get; init; } = "";

    public static CorpusManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorpusException($"the corpus manifest '{path}' does not exist.");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), Json)
                ?? throw new CorpusException($"the corpus manifest '{path}' is empty.");
            return manifest with { Root = Path.GetDirectoryName(Path.GetFullPath(path))! };
        }
        catch (JsonException e)
        {
            throw new CorpusException($"the corpus manifest '{path}' is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Every document file the manifest names, in a stable order.</summary>
    public IReadOnlyList<string> DocumentFiles()
    {
        var files = new List<string>();
        foreach (var set in Documents)
        {
            var folder = Path.Combine(Root, set.Path);
            if (!Directory.Exists(folder))
            {
                throw new CorpusException($"the corpus folder '{folder}' named in the manifest does not exist.");
            }

            files.AddRange(Directory.EnumerateFiles(folder, set.Pattern).Order(StringComparer.Ordinal));
        }

        if (Renditions is { Seed: true } renditions && Directory.Exists(Path.Combine(Root, renditions.Path)))
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, renditions.Path)).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        return files;
    }

    public sealed record DocumentSet(string Path, string Pattern = "*.md");

    public sealed record RenditionSet(string Path, bool Seed = false, string? Note = null);
}
