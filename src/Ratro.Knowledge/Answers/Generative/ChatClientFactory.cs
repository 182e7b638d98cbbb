using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// Creates the chat client <c>Answers:Chat</c> names: an OpenAI-compatible endpoint (Microsoft.Extensions.AI.OpenAI)
/// or Ollama (OllamaSharp); null for <c>none</c>. Clients do not retry, so an endpoint that is down fails at once and
/// the answer falls back to the extractive one.
/// </summary>
public static class ChatClientFactory
{
    public static IChatClient? Create(AnswerChatOptions options) =>
        options.Provider.ToLowerInvariant() switch
        {
            "none" => null,
            "openai" => OpenAi(options),
            "ollama" => new OllamaApiClient(
                new HttpClient { BaseAddress = new Uri(options.Endpoint!), Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) }, options.Model!),
            _ => throw new InvalidOperationException($"Answers:Chat:Provider '{options.Provider}' is not one of {string.Join(", ", AnswerOptionsValidator.Providers)}"),
        };

    private static IChatClient OpenAi(AnswerChatOptions options)
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
        return client.GetChatClient(options.Model!).AsIChatClient();
    }
}
