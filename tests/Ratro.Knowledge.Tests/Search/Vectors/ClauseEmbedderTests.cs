using Microsoft.Extensions.AI;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Tests.Search.Vectors;

/// <summary>The time limit of <c>Embeddings:TimeoutSeconds</c> is for remote providers; a local model on a busy machine is waited for.</summary>
public sealed class ClauseEmbedderTests
{
    [Theory]
    [InlineData("minilm", true)]
    [InlineData("onnx", true)]
    [InlineData("ollama", false)]
    [InlineData("openai", false)]
    public async Task A_call_slower_than_the_timeout_fails_only_for_remote_providers(string provider, bool completes)
    {
        var options = new EmbeddingOptions { Provider = provider, TimeoutSeconds = 1, Endpoint = "http://127.0.0.1:9", Model = "m" };
        var embedder = new ClauseEmbedder(new SlowGenerator(TimeSpan.FromSeconds(2)), options);

        var call = embedder.EmbedAsync(["dose limit"], TestContext.Current.CancellationToken);

        if (completes)
        {
            var vectors = await call;
            Assert.Equal([1f, 0f], vectors.Single());
        }
        else
        {
            var error = await Assert.ThrowsAsync<SearchEngineException>(() => call);
            Assert.Contains($"'{provider}'", error.Message, StringComparison.Ordinal);
        }
    }

    private sealed class SlowGenerator(TimeSpan delay) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            return [.. values.Select(_ => new Embedding<float>(new float[] { 1f, 0f }))];
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
