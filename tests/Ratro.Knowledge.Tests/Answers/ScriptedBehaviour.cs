namespace Ratro.Knowledge.Tests.Answers;

/// <summary>What a <see cref="ScriptedChatClient"/> does when asked: reply from its script, hang until cancelled, or fail like an unreachable endpoint.</summary>
public enum ScriptedBehaviour
{
    Reply,
    Hang,
    Fail,
}
