using Microsoft.Extensions.AI;
using Ratro.Knowledge.Endpoints;

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
            "openai" => RemoteModelClients.OpenAi(options.Endpoint, options.ApiKey, options.TimeoutSeconds).GetEmbeddingClient(options.Model!).AsIEmbeddingGenerator(),
            "ollama" => RemoteModelClients.Ollama(options.Endpoint!, options.Model!, options.TimeoutSeconds),
            _ => throw new SearchEngineException($"Embeddings:Provider '{options.Provider}' is not one of {string.Join(", ", EmbeddingOptionsValidator.Providers)}"),
        };
}
