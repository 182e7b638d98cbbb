using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers;

/// <summary>How a question was read and what was found: the analysis, retrieval, and the best scored passages (for diagnostics).</summary>
public sealed record AnswerExplanation(QuestionAnalysis Question, RetrievalResult Retrieval, IReadOnlyList<ScoredPassage> Passages);
