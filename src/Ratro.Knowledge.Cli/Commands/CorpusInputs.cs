using Ratro.Knowledge.Corpus.Seeding;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>The Markdown files `ratro corpus render` reads: an explicit list, or the document files a corpus manifest names.</summary>
internal static class CorpusInputs
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> files, Func<string> manifest)
    {
        if (files.Count > 0)
        {
            var missing = files.Where(f => !File.Exists(f)).ToList();
            return missing.Count == 0 ? files : throw new CliException($"file not found: {string.Join(", ", missing)}");
        }

        var path = manifest();
        var documents = CorpusManifest.Load(path).DocumentFiles().Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        return documents.Count > 0 ? documents : throw new CliException($"the manifest {path} names no Markdown documents.");
    }
}
