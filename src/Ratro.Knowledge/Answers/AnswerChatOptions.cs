namespace Ratro.Knowledge.Answers;

/// <summary>The chat endpoint (section <c>Answers:Chat</c>).</summary>
public sealed class AnswerChatOptions
{
    /// <summary><c>none</c> (default), <c>openai</c> (any OpenAI-compatible endpoint) or <c>ollama</c>.</summary>
    public string Provider { get; set; } = "none";

    /// <summary>Base URL: <c>http://localhost:11434</c> for Ollama; for OpenAI-compatible servers their <c>/v1</c> URL (default: api.openai.com).</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>openai: the key (prefer the environment variable RATRO_Answers__Chat__ApiKey).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Seconds to wait for the whole answer before falling back to the extractive one.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Longest answer the model may write, in tokens.</summary>
    public int MaxOutputTokens { get; set; } = 700;

    /// <summary>Clauses given to the model as context.</summary>
    public int ContextClauses { get; set; } = 8;

    public bool Enabled => !string.Equals(Provider, "none", StringComparison.OrdinalIgnoreCase);
}
