namespace Ratro.Knowledge.Answers;

/// <summary>
/// The refusal threshold measured on the evaluation questions (tests/Ratro.Knowledge.Tests/Answers/questions.tsv)
/// with <c>ratro eval questions.tsv --calibrate</c>: the confidence that best separates questions the corpus answers
/// from those it does not (see docs/answers.md for the procedure and the figures).
/// </summary>
public static class AnswerCalibration
{
    public const double MinConfidence = 0.5648;
}
