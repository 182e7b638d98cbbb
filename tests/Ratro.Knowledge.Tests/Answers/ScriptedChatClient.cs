using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// A chat client that answers from a script: the reply is computed from the prompt it receives (so a test can cite the
/// clause numbers the prompt gave), or the client hangs until cancelled, or fails. No network.
/// </summary>
public sealed class ScriptedChatClient(Func<string, string> reply, ScriptedBehaviour behaviour = ScriptedBehaviour.Reply) : IChatClient
{
    public int Calls { get; private set; }

    public string? LastPrompt { get; private set; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastPrompt = string.Join("\n", messages.Select(m => $"{m.Role}: {m.Text}"));
        switch (behaviour)
        {
            case ScriptedBehaviour.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case ScriptedBehaviour.Fail:
                throw new HttpRequestException("connection refused (scripted)");
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(LastPrompt)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the scripted client does not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted", null, "scripted-model")
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
