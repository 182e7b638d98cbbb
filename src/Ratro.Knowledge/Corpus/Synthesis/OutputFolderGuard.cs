namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>Refuses to write synthetic documents into a real corpus: a folder named "corpus" holding "documents" or "manifest.json", or anything below one.</summary>
internal static class OutputFolderGuard
{
    public static void Check(string outputDirectory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(outputDirectory)); folder is not null; folder = folder.Parent)
        {
            var isCorpus = string.Equals(folder.Name, "corpus", StringComparison.OrdinalIgnoreCase)
                && (Directory.Exists(Path.Combine(folder.FullName, "documents")) || File.Exists(Path.Combine(folder.FullName, "manifest.json")));
            if (isCorpus)
            {
                throw new CorpusException(
                    $"'{outputDirectory}' is inside the corpus folder '{folder.FullName}'; synthetic documents must never be written into the real corpus. Choose an output folder outside it.");
            }
        }
    }
}
