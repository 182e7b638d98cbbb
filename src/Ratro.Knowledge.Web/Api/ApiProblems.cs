using Microsoft.AspNetCore.Http.HttpResults;

namespace Ratro.Knowledge.Web.Api;

/// <summary>The API's error answers, as RFC 9457 problem details.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what}, or you may not see it.");

    public static ProblemHttpResult MembersOnly() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Members only",
            detail: "The text of this document is available to RATRO members: sign in or send a member's X-Api-Key.");

    public static ProblemHttpResult BadQuery(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be run", detail: reason);

    public static ProblemHttpResult BadPaging(int maxLimit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad paging",
            detail: $"offset must be 0–{Ratro.Knowledge.Search.SearchQueryValidation.MaxOffset} and limit 1–{maxLimit}.");

    public static ProblemHttpResult Unavailable() =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search unavailable", detail: "The search engine cannot be reached; try again later.");

    public static ProblemHttpResult InvalidKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The X-Api-Key header does not hold a valid key.");
}
