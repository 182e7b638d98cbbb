using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// A generated answer after validation: the text with only valid markers (renumbered 1, 2 … in order), the clauses
/// they cite with the quote the text verified in each (null when the text did not quote it), what was removed and
/// why, and whether the model said the clauses do not answer.
/// </summary>
public sealed record ValidatedAnswer(
    string Text,
    IReadOnlyList<(CandidateClause Clause, string? Quote)> Cited,
    IReadOnlyList<string> Removed,
    bool NotFound);
