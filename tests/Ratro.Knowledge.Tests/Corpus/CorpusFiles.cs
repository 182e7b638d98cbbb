using System.Text;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders.Markdown;
using Ratro.Knowledge.Ingestion.Metadata;
using Ratro.Knowledge.Ingestion.Structure;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus;

/// <summary>The corpus documents decoded and structured once per test run (read-only, so sharing is safe).</summary>
public static class CorpusFiles
{
    private static readonly Lazy<Task<IReadOnlyList<CorpusDocument>>> Documents = new(LoadAsync);

    public static string DocumentsPath => Path.Combine(RepositoryPaths.Corpus, "documents");

    public static Task<IReadOnlyList<CorpusDocument>> AllAsync() => Documents.Value;

    private static async Task<IReadOnlyList<CorpusDocument>> LoadAsync()
    {
        var decoder = new MarkdownDecoder();
        var structurer = new ClauseStructurer();
        var result = new List<CorpusDocument>();
        foreach (var path in Directory.EnumerateFiles(DocumentsPath, "*.md").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var decoded = await decoder.DecodeAsync(bytes, Path.GetFileName(path), CancellationToken.None);
            var metadata = FrontMatterReader.Read(decoded.Properties, Path.GetFileName(path));
            result.Add(new CorpusDocument(Path.GetFileName(path), metadata, structurer.Build(decoded.Blocks, CancellationToken.None)));
        }

        return result;
    }
}

public sealed record CorpusDocument(string FileName, DocumentMetadata Metadata, IReadOnlyList<Clause> Clauses)
{
    /// <summary>A clause by its printed number, its key or (for unnumbered clauses) its heading.</summary>
    public Clause? Find(string identifier) =>
        Clauses.FirstOrDefault(c => c.Number == identifier)
        ?? Clauses.FirstOrDefault(c => c.Number.Length == 0 && string.Equals(c.Heading, identifier, StringComparison.Ordinal))
        ?? Clauses.FirstOrDefault(c => c.Key == ClauseKeys.Normalize(identifier));

    /// <summary>Heading, text and footnotes, with table cell separators and runs of spaces folded, as a reader sees them.</summary>
    public static string FullText(Clause clause)
    {
        var text = new StringBuilder().Append(clause.Heading).Append('\n').Append(clause.Text);
        foreach (var footnote in clause.Footnotes)
        {
            text.Append('\n').Append(footnote.Text);
        }

        return Fold(text.ToString());
    }

    public static string Fold(string text) =>
        string.Join(' ', text.Replace('|', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
