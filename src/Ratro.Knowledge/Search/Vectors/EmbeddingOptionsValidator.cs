using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>Checks at start that the chosen provider has what it needs.</summary>
public sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public static readonly string[] Providers = ["none", "minilm", "onnx", "openai", "ollama"];

    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var provider = options.Provider.ToLowerInvariant();
        var failures = new List<string>();
        if (!Providers.Contains(provider))
        {
            failures.Add($"Embeddings:Provider '{options.Provider}' is not one of {string.Join(", ", Providers)}");
        }

        if (provider == "onnx" && string.IsNullOrWhiteSpace(options.ModelPath))
        {
            failures.Add("Embeddings:ModelPath is required for the onnx provider");
        }

        if (provider is "openai" or "ollama" && string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"Embeddings:Model is required for the {provider} provider");
        }

        if (provider == "ollama" && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("Embeddings:Endpoint is required for the ollama provider (e.g. http://localhost:11434)");
        }

        if (provider == "openai" && string.IsNullOrWhiteSpace(options.ApiKey) && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("Embeddings:ApiKey (or an Endpoint of a compatible server) is required for the openai provider");
        }

        if (options.MaxTokens is < 8 or > 8192 || options.BatchSize is < 1 or > 1024 || options.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add("Embeddings:MaxTokens must be 8–8192, BatchSize 1–1024, TimeoutSeconds 1–600");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
