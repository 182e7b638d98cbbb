namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// The outcome of one evaluation question: the answer's language and whether it crossed languages, refusal and
/// confidence, the ranked documents (citations, then the closest documents when refused), the rank of the first
/// expected document (null when absent), whether the expected fact was found, the checked citations and the time.
/// </summary>
public sealed record QuestionResult(
    EvaluationQuestion Question,
    string Language,
    bool CrossLingual,
    bool Refused,
    string? RefusalReason,
    double Confidence,
    IReadOnlyList<string> Ranked,
    int? Rank,
    bool? FactFound,
    IReadOnlyList<CitationCheck> Citations,
    string Text,
    double Milliseconds)
{
    /// <summary>Refused a question that must be refused, or answered an answerable one with an expected document first … fifth.</summary>
    public bool Passed => Question.Answerable ? !Refused && Rank is <= 5 && FactFound != false : Refused;
}
