using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Security;

namespace Ratro.Knowledge.Web.Pages.Ask;

/// <summary>
/// /ask?q=…: the answer with its citations, or the refusal with the closest documents. The question is answered from the
/// documents the visitor may read (their highest access level), under the "ask" rate limit.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Ask)]
public sealed class AskPageModel(IAnswerService answers) : PageModel
{
    public const string Path = "/ask";

    public string Question { get; private set; } = "";

    public Answer? Answer { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Question = q ?? "";
        if (string.IsNullOrWhiteSpace(Question))
        {
            return;
        }

        Answer = await answers.AskAsync(new AnswerRequest(Question, Access: DocumentAccess.HighestLevel(User)), cancellationToken);
        if (Answer.RefusalReason is RefusalReason.EmptyQuestion or RefusalReason.QuestionTooLong or RefusalReason.Unintelligible)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>True for a cited document that is not in force (superseded or withdrawn).</summary>
    public static bool NotInForce(Citation citation) =>
        citation.Status is "superseded" or "withdrawn";
}
