using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Tests.Search.Vectors;

/// <summary>
/// A deterministic stand-in for a sentence model: each word votes for a concept dimension (words of one concept
/// share it), so texts about the same thing in different words end up close. Counts calls for assertions.
/// </summary>
public sealed class ConceptEmbeddingGenerator(IReadOnlyDictionary<string, int> concepts, int dimensions = 16) : IEmbeddingGenerator<string, Embedding<float>>
{
    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            var vector = new float[dimensions];
            vector[dimensions - 1] = 0.05f;
            foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (concepts.TryGetValue(word, out var concept))
                {
                    vector[concept] += 1;
                }
            }

            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            result.Add(new Embedding<float>(vector.Select(x => x / norm).ToArray()));
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
