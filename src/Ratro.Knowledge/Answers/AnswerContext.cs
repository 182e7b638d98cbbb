using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers;

/// <summary>Everything an answerer works from: the analysed question, what retrieval found, the answer language, the caller and the options.</summary>
public sealed record AnswerContext(
    QuestionAnalysis Question,
    RetrievalResult Retrieval,
    string Language,
    AccessLevel Access,
    AnswerRequestOptions Options,
    double MinConfidence);
