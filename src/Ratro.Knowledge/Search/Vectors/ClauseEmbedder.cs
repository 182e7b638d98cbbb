using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The configured embedding generator as the index uses it: which languages it serves, batched calls, and
/// failures turned into <see cref="SearchEngineException"/> with the provider and endpoint named.
/// </summary>
public sealed class ClauseEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, EmbeddingOptions options)
{
    private readonly IReadOnlySet<string> languages = options.LanguageSet();

    public string Description => $"{options.Provider}{(options.Model is { } m ? $" ({m})" : "")}, languages {string.Join(",", languages)}";

    public bool Serves(string language) => languages.Contains("*") || languages.Contains(language);

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        for (var start = 0; start < texts.Count; start += options.BatchSize)
        {
            var batch = texts.Skip(start).Take(options.BatchSize).ToList();
            // A local model is only slow when the machine is busy; cutting it off would fail the whole rebuild.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (options.IsRemote)
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            }

            try
            {
                var embeddings = await generator.GenerateAsync(batch, cancellationToken: timeout.Token);
                vectors.AddRange(embeddings.Select(e => e.Vector.ToArray()));
            }
            catch (Exception e) when (e is HttpRequestException or System.ClientModel.ClientResultException or TaskCanceledException or InvalidOperationException
                                      && !cancellationToken.IsCancellationRequested)
            {
                throw new SearchEngineException(
                    $"Embeddings provider '{options.Provider}'{(options.Endpoint is { } url ? $" at {url}" : "")} failed: {e.GetBaseException().Message}. " +
                    "Check Embeddings:Endpoint and Embeddings:Model, or set Embeddings:Provider to none.", e);
            }
        }

        return vectors;
    }
}
