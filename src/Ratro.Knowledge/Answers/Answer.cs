namespace Ratro.Knowledge.Answers;

/// <summary>
/// The answer to a question: its text (in <see cref="Language"/>), the citations that support it (numbered as the
/// markers [1], [2] … in the text), a confidence in [0, 1], and — when refused — the reason and the closest
/// documents the caller may read. <see cref="Notes"/> say how the answer was made when that matters
/// (a chat endpoint that failed, citations removed by validation, a cited document that is superseded).
/// </summary>
public sealed record Answer
{
    public required string Text { get; init; }

    public bool Refused { get; init; }

    public RefusalReason? RefusalReason { get; init; }

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public double Confidence { get; init; }

    /// <summary>ISO 639-1 code of <see cref="Text"/>: <c>ru</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>When refused: the documents nearest to the question, best first.</summary>
    public IReadOnlyList<DocumentSuggestion> ClosestDocuments { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Which answerer produced <see cref="Text"/>: <c>extractive</c>, <c>generative</c> or <c>none</c> (refused before retrieval).</summary>
    public string Method { get; init; } = AnswerMethods.Extractive;
}
