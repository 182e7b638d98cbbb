using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Api.Contracts;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api;

/// <summary><c>/api/v1/search</c>: full-text and designation search with clause snippets.</summary>
public static class SearchApi
{
    public const int DefaultClauses = 3;

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Search the documents the caller may read; hits are documents with their best clauses and HTML snippets (<mark> around matches).");
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        [AsParameters] DocumentFilter filter, [FromQuery] int? clauses, ClaimsPrincipal user, ApiSearchRunner runner, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(filter, user, clauses ?? DefaultClauses, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return problem;
        }

        var results = outcome.Results!;
        var hits = outcome.Hits.Select(h =>
        {
            var edition = h.Record.IsCurrentEdition ? (Guid?)null : h.Record.Id;
            return new SearchHitItem(
                DocumentSummary.From(h.Record),
                h.Hit.Score,
                h.Hit.DesignationMatched,
                h.Hit.Clauses.Select(c => new ClauseHitItem(
                    c.Key, c.Number, c.Heading, c.PageStart, c.PageEnd, c.Score, SnippetHtml.Safe(c.Snippet), DocumentLinks.Anchor(h.Record.Slug, c.Key, edition))).ToList());
        }).ToList();
        return TypedResults.Ok(new SearchResponse(
            results.Total, filter.Skip, filter.Take, hits, ApiSearchRunner.Facets(results),
            results.Explanation.Designations, results.Explanation.Expansions, results.Explanation.Relaxed));
    }
}
