using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Fills a new generation folder from a stream of editions (editions of one document arriving together) and commits it.</summary>
internal static class IndexRebuilder
{
    public static async Task<RebuildReport> FillAsync(
        string folder,
        string vectorFile,
        LuceneEngineParts parts,
        IAsyncEnumerable<NormativeDocument> editions,
        Func<IReadOnlyList<SearchDocument>, CancellationToken, Task<IReadOnlyList<(long Clause, long Edition, float[] Vector)>>> embed,
        CancellationToken cancellationToken)
    {
        using var directory = IndexDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, parts.Analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        using var vectors = parts.Embedder is null ? null : QuantizedVectorStore.Open(Path.Combine(folder, vectorFile), parts.Dimensions, parts.VectorOptions);
        var (documents, editionCount, clauses, vectorCount) = (0, 0, 0, 0);
        var group = new List<NormativeDocument>();

        async Task FlushAsync()
        {
            if (group.Count == 0)
            {
                return;
            }

            var mapped = parts.Mapper.Map(group);
            foreach (var document in mapped)
            {
                writer.AddDocuments(LuceneDocumentFactory.Create(document));
                clauses += document.Clauses.Count;
            }

            foreach (var (clause, edition, vector) in await embed(mapped, cancellationToken))
            {
                vectors!.Add(clause, edition, vector);
                vectorCount++;
            }

            documents++;
            editionCount += group.Count;
            group.Clear();
        }

        await foreach (var edition in editions.WithCancellation(cancellationToken))
        {
            if (group.Count > 0 && group[0].Canonical != edition.Canonical)
            {
                await FlushAsync();
            }

            group.Add(edition);
        }

        await FlushAsync();
        writer.Commit();
        vectors?.Flush();
        return new RebuildReport(documents, editionCount, clauses, vectorCount, TimeSpan.Zero);
    }
}
