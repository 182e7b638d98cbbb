namespace Ratro.Knowledge.Answers;

/// <summary>Which answerer produces the text.</summary>
public enum AnswerMode
{
    /// <summary>Generative when a chat endpoint is configured, else extractive.</summary>
    Auto = 0,

    /// <summary>Quotes from the clauses only, no language model.</summary>
    Extractive,

    /// <summary>A language model writes the answer from the retrieved clauses; falls back to extractive on any failure.</summary>
    Generative,
}
