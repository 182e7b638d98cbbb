using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Answers;

/// <summary>Answering settings. Bound from section <c>Answers</c>; validated at start.</summary>
public sealed class AnswerOptions
{
    /// <summary>
    /// The confidence below which an answer is refused. The default is calibrated on the evaluation questions
    /// (<c>ratro eval --calibrate</c>, see docs/answers.md); change it only after measuring again.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = AnswerCalibration.MinConfidence;

    /// <summary>Longest question accepted, in characters; a longer one is refused with <see cref="RefusalReason.QuestionTooLong"/>.</summary>
    [Range(16, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>Documents asked from the search engine for one question.</summary>
    [Range(1, 50)]
    public int CandidateDocuments { get; set; } = 8;

    /// <summary>Best clauses per document asked from the search engine.</summary>
    [Range(1, 20)]
    public int ClausesPerDocument { get; set; } = 4;

    /// <summary>Best-ranked search documents whose every clause is scored (not only the clauses the search returned).</summary>
    [Range(0, 20)]
    public int WholeDocuments { get; set; } = 5;

    /// <summary>The chat endpoint of the generative answerer; provider <c>none</c> (default) keeps answers extractive.</summary>
    public AnswerChatOptions Chat { get; set; } = new();
}
