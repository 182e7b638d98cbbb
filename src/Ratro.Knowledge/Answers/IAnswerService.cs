namespace Ratro.Knowledge.Answers;

/// <summary>
/// Answers a question from the knowledge base with citations of the clauses that support it. Only documents the
/// caller may read are used. Never throws for a bad question or an unavailable chat endpoint: the answer is then
/// refused (see <see cref="Answer.RefusalReason"/>) or extractive with a note. Cancellation by the caller is passed on.
/// </summary>
public interface IAnswerService
{
    Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken);
}
