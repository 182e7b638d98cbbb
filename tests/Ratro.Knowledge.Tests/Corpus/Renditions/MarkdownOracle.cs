using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>
/// What a rendition must yield, taken from its Markdown source rather than from the rendition: the clause tree
/// the Markdown decoder and the clause structurer build (keys, numbers, headings, texts), the canonical key of
/// its front matter, and the text references the pipeline finds when it ingests the Markdown itself.
/// </summary>
public static class MarkdownOracle
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> ReferenceCache = new(StringComparer.Ordinal);

    public static async Task<CorpusDocument> DocumentAsync(string rendition)
    {
        var source = Path.GetFileName(RenditionFiles.Source(rendition));
        var all = await CorpusFiles.AllAsync();
        return all.SingleOrDefault(d => d.FileName == source)
            ?? throw new InvalidOperationException($"'{rendition}' has no Markdown source '{source}' in the corpus.");
    }

    /// <summary>The clauses a reader compares: every clause but the preamble (a rendition's preamble is its title block).</summary>
    public static IReadOnlyList<Clause> Body(IEnumerable<Clause> clauses) =>
        clauses.Where(c => c.Kind != ClauseKind.Preamble).OrderBy(c => c.Ordinal).ToList();

    /// <summary>"key | number | heading" lines, one per clause, for a diff of two trees.</summary>
    public static string Outline(IEnumerable<(string Key, string Number, string? Heading)> clauses) =>
        string.Join("\n", clauses.Select(c => $"{c.Key} | {c.Number} | {c.Heading}")) + "\n";

    /// <summary>The text references the pipeline extracts from the Markdown source (JSON, as in a golden), outside the preamble.</summary>
    public static async Task<JsonArray> ReferencesAsync(string rendition)
    {
        var source = RenditionFiles.Source(rendition);
        var json = await ReferenceCache.GetOrAdd(source, path => new Lazy<Task<string>>(() => IngestAsync(path))).Value;
        return JsonNode.Parse(json)!.AsArray();
    }

    private static async Task<string> IngestAsync(string path)
    {
        await using var host = await KnowledgeHost.StartAsync();
        var result = await host.Pipeline.IngestAsync(IngestionRequest.FromPath(path), CancellationToken.None);
        if (result.Status != IngestionStatus.Ingested)
        {
            throw new InvalidOperationException($"The Markdown source '{path}' did not ingest: {result.Status} {result.Error}");
        }

        var document = (await host.Store.GetAsync(result.DocumentId!.Value, CancellationToken.None))!;
        var ordinals = document.Clauses.ToDictionary(c => c.Key, c => c.Ordinal, StringComparer.Ordinal);
        var body = document.Relations.Where(r => r.SourceClause != "preamble");
        return RenditionGolden.References(body, ordinals).ToJsonString();
    }
}
