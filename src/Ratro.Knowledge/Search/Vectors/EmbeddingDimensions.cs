using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The vector size of the configured model: from configuration, else the generator's metadata, else by embedding
/// one probe text — which also makes an unreachable remote endpoint fail at start with a clear message.
/// </summary>
public static class EmbeddingDimensions
{
    public static int Of(IEmbeddingGenerator<string, Embedding<float>> generator, ClauseEmbedder embedder, EmbeddingOptions options)
    {
        if (options.Dimensions is > 0 and var configured)
        {
            return configured;
        }

        if (generator.GetService(typeof(EmbeddingGeneratorMetadata)) is EmbeddingGeneratorMetadata { DefaultModelDimensions: > 0 and var known })
        {
            return known;
        }

        var probe = embedder.EmbedAsync(["probe"], CancellationToken.None).GetAwaiter().GetResult();
        return probe[0].Length;
    }
}
