using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Elasticsearch.Writing;

/// <summary>Clause vectors for documents in a language the embedder serves, by clause id, as the Lucene engine embeds them.</summary>
public static class Embeddings
{
    public static async Task<IReadOnlyDictionary<Guid, float[]>> OfAsync(
        ClauseEmbedder? embedder, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (embedder is null)
        {
            return new Dictionary<Guid, float[]>();
        }

        var clauses = documents.Where(d => embedder.Serves(d.Language))
            .SelectMany(d => d.Clauses.Where(c => c.Text.Length > 0))
            .ToList();
        if (clauses.Count == 0)
        {
            return new Dictionary<Guid, float[]>();
        }

        var vectors = await embedder.EmbedAsync(clauses.Select(EmbeddingText.Of).ToList(), cancellationToken);
        return clauses.Select((c, i) => (c.Id, Vector: vectors[i])).ToDictionary(p => p.Id, p => p.Vector);
    }
}
