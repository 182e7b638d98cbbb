using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>The chat client of the generative answerer, or none (provider <c>none</c>). Kept apart from any other <see cref="IChatClient"/> of the host.</summary>
public sealed record AnswerChatClient(IChatClient? Client);
