namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// A refusal threshold chosen on evaluation results, the balanced outcome it reaches on them, and the same measured
/// by two-fold cross-validation (threshold chosen on one half of the questions, measured on the other).
/// </summary>
public sealed record CalibrationResult(
    double Threshold,
    double BalancedOutcome,
    double RefusalRecall,
    double AnswerableCorrect,
    double CrossValidatedOutcome,
    IReadOnlyList<double> FoldThresholds);
