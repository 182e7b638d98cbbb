using System.Collections.Concurrent;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>
/// Each rendition ingested once through the real pipeline (its own fresh store), shared by the tests of a class:
/// the golden comparison and the agreement with the Markdown source read the same document. The documents are
/// only read after ingestion.
/// </summary>
public sealed class RenditionIngests
{
    private readonly ConcurrentDictionary<string, Lazy<Task<NormativeDocument>>> documents = new(StringComparer.Ordinal);

    public Task<NormativeDocument> DocumentAsync(string name) =>
        documents.GetOrAdd(name, n => new Lazy<Task<NormativeDocument>>(() => IngestAsync(n))).Value;

    private static async Task<NormativeDocument> IngestAsync(string name)
    {
        await using var host = await KnowledgeHost.StartAsync();
        var result = await host.Pipeline.IngestAsync(IngestionRequest.FromPath(RenditionFiles.File(name)), CancellationToken.None);
        if (result.Status != IngestionStatus.Ingested)
        {
            throw new InvalidOperationException($"{name} did not ingest: {result.Status} {result.Error}");
        }

        return (await host.Store.GetAsync(result.DocumentId!.Value, CancellationToken.None))!;
    }
}
