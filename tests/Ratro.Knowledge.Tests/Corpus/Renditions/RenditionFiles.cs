using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>The committed renditions (corpus/renditions), their Markdown sources and their golden files (corpus/expected).</summary>
public static class RenditionFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Corpus, "renditions");

    public static string ExpectedFolder => Path.Combine(RepositoryPaths.Corpus, "expected");

    /// <summary>File names of the PDF and DOCX renditions, in a stable order.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder)
                .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal))
                .Select(f => Path.GetFileName(f)!)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static TheoryData<string> Cases() => new(Names());

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>The corpus Markdown document a rendition was made from (same base name).</summary>
    public static string Source(string name) => Path.Combine(CorpusFiles.DocumentsPath, Path.GetFileNameWithoutExtension(name) + ".md");

    public static string Golden(string name) => Path.Combine(ExpectedFolder, name + ".json");
}
