namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// How one citation of an answer fared: its document, whether its quote is a verbatim span of the cited clause in the
/// store, whether its document is an expected one, whether its quote holds the expected fact, and so whether it is correct.
/// </summary>
public sealed record CitationCheck(string Canonical, string Clause, bool QuoteInClause, bool ExpectedDocument, bool HoldsFact)
{
    /// <summary>Correct: the quote is in the clause, and the document is expected or the quote states the expected fact.</summary>
    public bool Correct => QuoteInClause && (ExpectedDocument || HoldsFact);
}
