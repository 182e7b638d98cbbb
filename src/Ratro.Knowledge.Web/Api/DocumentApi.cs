using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Api.Contracts;
using Ratro.Knowledge.Web.Catalogue;

namespace Ratro.Knowledge.Web.Api;

/// <summary><c>/api/v1/documents</c>: the list with filters and paging, one document with its clause tree, one clause.</summary>
public static class DocumentApi
{
    public static RouteGroupBuilder MapDocumentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", ListAsync).WithName("ListDocuments")
            .WithSummary("Documents the caller may read, filtered, sorted and paged, with facet counts.");
        api.MapGet("/documents/{idOrSlug}", GetAsync).WithName("GetDocument")
            .WithSummary("One document edition by slug (current edition, or ?edition=id) or by edition id, with its clause tree when the caller may read it.");
        api.MapGet("/documents/{idOrSlug}/clauses/{**key}", GetClauseAsync).WithName("GetClause")
            .WithSummary("One clause (with the clauses under it) by its key, e.g. 3.1.2, article:9, annex:a.");
        return api;
    }

    private static async Task<Results<Ok<DocumentList>, ProblemHttpResult>> ListAsync(
        [AsParameters] DocumentFilter filter, ClaimsPrincipal user, ApiSearchRunner runner, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(filter, user, clausesPerDocument: 0, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(new DocumentList(
            outcome.Results!.Total, filter.Skip, filter.Take, outcome.Hits.Select(h => DocumentSummary.From(h.Record)).ToList(), ApiSearchRunner.Facets(outcome.Results)));
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetAsync(
        string idOrSlug, [FromQuery] Guid? edition, ClaimsPrincipal user, DocumentStore store, DocumentViewLoader loader, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(idOrSlug, edition, user, store, loader, cancellationToken);
        return view is null ? ApiProblems.NotFound("such document") : TypedResults.Ok(DocumentDetail.From(view));
    }

    private static async Task<Results<Ok<ClauseItem>, ProblemHttpResult>> GetClauseAsync(
        string idOrSlug, string key, [FromQuery] Guid? edition, ClaimsPrincipal user, DocumentStore store, DocumentViewLoader loader, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(idOrSlug, edition, user, store, loader, cancellationToken);
        if (view is null)
        {
            return ApiProblems.NotFound("such document");
        }

        if (!view.CanRead)
        {
            return ApiProblems.MembersOnly();
        }

        return ClauseTree.Find(view.Tree, key) is { } node ? TypedResults.Ok(ClauseItem.From(node, view)) : ApiProblems.NotFound($"clause '{key}' in this document");
    }

    private static async Task<DocumentView?> LoadAsync(
        string idOrSlug, Guid? edition, ClaimsPrincipal user, DocumentStore store, DocumentViewLoader loader, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(idOrSlug, out var id))
        {
            return await loader.LoadAsync(idOrSlug, edition, user, cancellationToken);
        }

        var records = await store.GetRecordsAsync([id], cancellationToken);
        return records.TryGetValue(id, out var record) ? await loader.LoadAsync(record.Slug, id, user, cancellationToken) : null;
    }
}
