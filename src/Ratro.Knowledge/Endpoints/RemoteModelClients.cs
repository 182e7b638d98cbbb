using System.ClientModel;
using System.ClientModel.Primitives;
using OllamaSharp;
using OpenAI;

namespace Ratro.Knowledge.Endpoints;

/// <summary>
/// The clients of remote model servers, shared by the chat and embedding providers: an OpenAI-compatible endpoint
/// (the official client pointed at any base URL) or Ollama. Neither retries, so an endpoint that is down fails at once
/// and the caller's fallback takes over.
/// </summary>
public static class RemoteModelClients
{
    public static OpenAIClient OpenAi(string? endpoint, string? apiKey, int timeoutSeconds)
    {
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        };
        if (endpoint is { Length: > 0 })
        {
            options.Endpoint = new Uri(endpoint);
        }

        return new OpenAIClient(new ApiKeyCredential(apiKey ?? "unused"), options);
    }

    public static OllamaApiClient Ollama(string endpoint, string model, int timeoutSeconds) =>
        new(new HttpClient { BaseAddress = new Uri(endpoint), Timeout = TimeSpan.FromSeconds(timeoutSeconds) }, model);
}
