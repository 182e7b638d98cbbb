namespace Ratro.Knowledge.Answers;

/// <summary>Per-request choices: which answerer may run, how many citations and closest documents to return.</summary>
public sealed record AnswerRequestOptions
{
    public static AnswerRequestOptions Default { get; } = new();

    public AnswerMode Mode { get; init; } = AnswerMode.Auto;

    /// <summary>Most citations in one answer (1–10).</summary>
    public int MaxCitations { get; init; } = 3;

    /// <summary>Most documents listed as closest when the answer is refused (0–10).</summary>
    public int ClosestDocuments { get; init; } = 5;

    /// <summary>Overrides <c>Answers:MinConfidence</c> for this request (0 never refuses for low confidence); for evaluation and calibration.</summary>
    public double? MinConfidence { get; init; }
}
