using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>
/// What retrieval found: candidate clauses (full text), the documents in rank order (for "closest documents"), the
/// clauses the question named that the named documents do not have, and notes for the answer.
/// </summary>
public sealed record RetrievalResult(
    IReadOnlyList<CandidateClause> Candidates,
    IReadOnlyList<NormativeDocument> RankedDocuments,
    IReadOnlyList<ClauseReference> MissingClauses,
    IReadOnlyList<string> Notes);
