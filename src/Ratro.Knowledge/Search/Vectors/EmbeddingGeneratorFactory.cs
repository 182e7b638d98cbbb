using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>Creates the generator the options name; null for <c>none</c>. Remote clients do not retry, so an unreachable endpoint fails at once.</summary>
public static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>>? Create(EmbeddingOptions options) =>
        options.Provider.ToLowerInvariant() switch
        {
            "none" => null,
            "minilm" => new MiniLmEmbeddingGenerator(),
            "onnx" => new OnnxEmbeddingGenerator(options.ModelPath!, options.VocabularyPath, options.LowerCase, options.MaxTokens),
            "openai" => OpenAi(options),
            "ollama" => new OllamaApiClient(
                new HttpClient { BaseAddress = new Uri(options.Endpoint!), Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) }, options.Model!),
            _ => throw new SearchEngineException($"Embeddings:Provider '{options.Provider}' is not one of {string.Join(", ", EmbeddingOptionsValidator.Providers)}"),
        };

    private static IEmbeddingGenerator<string, Embedding<float>> OpenAi(EmbeddingOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        if (options.Endpoint is { Length: > 0 } endpoint)
        {
            clientOptions.Endpoint = new Uri(endpoint);
        }

        var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "unused"), clientOptions);
        return client.GetEmbeddingClient(options.Model!).AsIEmbeddingGenerator();
    }
}
