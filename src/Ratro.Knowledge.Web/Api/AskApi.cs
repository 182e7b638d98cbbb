using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Web.Api.Contracts;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Security;

namespace Ratro.Knowledge.Web.Api;

/// <summary><c>/api/v1/ask</c>: a question answered from the documents the caller may read, with citations; under the "ask" rate limit.</summary>
public static class AskApi
{
    public static RouteGroupBuilder MapAskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ask", AskAsync).WithName("Ask")
            .WithSummary("Answer a question (Russian or English) from the documents the caller may read, citing the clauses it rests on; refused with the closest documents when the knowledge base does not answer it.")
            .RequireRateLimiting(RateLimitPolicies.Ask)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<Results<Ok<AskResponse>, ProblemHttpResult>> AskAsync(
        [FromQuery] string? q, [FromQuery] string? lang, ClaimsPrincipal user, IAnswerService answers, IOptions<AnswerOptions> options, CancellationToken cancellationToken)
    {
        var question = q ?? "";
        if (string.IsNullOrWhiteSpace(question))
        {
            return ApiProblems.BadQuestion("The question (q) is empty: write a question in words.");
        }

        var limit = options.Value.MaxQuestionLength;
        if (question.Length > limit)
        {
            return ApiProblems.BadQuestion($"The question is {question.Length} characters long; the limit is {limit}.");
        }

        if (lang is not null && lang is not ("ru" or "en"))
        {
            return ApiProblems.BadQuestion("lang must be 'ru' or 'en'.");
        }

        var answer = await answers.AskAsync(new AnswerRequest(question, lang, DocumentAccess.HighestLevel(user)), cancellationToken);
        if (answer.RefusalReason is RefusalReason.Unintelligible)
        {
            return ApiProblems.BadQuestion("The question has no words to look for (only symbols, digits or punctuation).");
        }

        return answer.RefusalReason is RefusalReason.EmptyQuestion or RefusalReason.QuestionTooLong
            ? ApiProblems.BadQuestion(answer.Text)
            : TypedResults.Ok(AskResponse.From(question, answer));
    }
}
