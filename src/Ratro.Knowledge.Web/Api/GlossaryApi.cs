using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Api.Contracts;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Terms;

namespace Ratro.Knowledge.Web.Api;

/// <summary><c>/api/v1/glossary</c>: the bilingual glossary, filtered by words or first letter, and single terms.</summary>
public static class GlossaryApi
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapGlossaryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/glossary", ListAsync).WithName("ListGlossaryTerms")
            .WithSummary("Glossary terms, ordered by the term in the request's language (?culture=en), optionally by first letter or matching words.");
        api.MapGet("/glossary/{key}", GetAsync).WithName("GetGlossaryTerm").WithSummary("One glossary term by its key.");
        return api;
    }

    private static async Task<Results<Ok<GlossaryList>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? q, [FromQuery] string? letter, [FromQuery] int? offset, [FromQuery] int? limit,
        ClaimsPrincipal user, GlossaryView glossary, CancellationToken cancellationToken)
    {
        var (skip, take) = (offset ?? 0, limit ?? 100);
        if (skip < 0 || take < 1 || take > MaxLimit)
        {
            return ApiProblems.BadPaging(MaxLimit);
        }

        var page = await glossary.BuildAsync(letter, q, user, cancellationToken);
        var items = page.Entries.Skip(skip).Take(take).Select(Item).ToList();
        return TypedResults.Ok(new GlossaryList(page.Entries.Count, skip, take, items));
    }

    private static async Task<Results<Ok<GlossaryItem>, ProblemHttpResult>> GetAsync(
        string key, ClaimsPrincipal user, GlossaryView glossary, CancellationToken cancellationToken)
    {
        var page = await glossary.BuildAsync(null, null, user, cancellationToken);
        return page.Entries.FirstOrDefault(e => e.Term.Key == key) is { } entry ? TypedResults.Ok(Item(entry)) : ApiProblems.NotFound($"glossary term '{key}'");
    }

    private static GlossaryItem Item(GlossaryEntry entry) =>
        GlossaryItem.From(entry.Term, entry.SourceDocument is { } d ? DocumentLinks.Document(d.Slug) : null);
}
