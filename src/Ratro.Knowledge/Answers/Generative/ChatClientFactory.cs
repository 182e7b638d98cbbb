using Microsoft.Extensions.AI;
using Ratro.Knowledge.Endpoints;

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
            "openai" => RemoteModelClients.OpenAi(options.Endpoint, options.ApiKey, options.TimeoutSeconds).GetChatClient(options.Model!).AsIChatClient(),
            "ollama" => RemoteModelClients.Ollama(options.Endpoint!, options.Model!, options.TimeoutSeconds),
            _ => throw new InvalidOperationException($"Answers:Chat:Provider '{options.Provider}' is not one of {string.Join(", ", AnswerOptionsValidator.Providers)}"),
        };
}
