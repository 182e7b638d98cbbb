using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Editing;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// /admin/documents/review/{id}: the record as extracted (every field editable), the review flags, the clause tree, the
/// relations the edition asserts (remove wrong ones, add missing ones), and publish, unpublish, delete.
/// </summary>
public sealed class ReviewModel(DocumentStore store, DocumentEditor editor) : AdminPageModel
{
    public NormativeDocument Document { get; private set; } = null!;

    public MetadataInput Input { get; private set; } = new();

    public RelationInput Relation { get; private set; } = new();

    public IReadOnlyList<ClauseNode> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = MetadataInput.From(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = "Input")] MetadataInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, input, null, cancellationToken);
        }

        var result = await editor.UpdateMetadataAsync(id, input.ToEdit(), cancellationToken);
        if (result.Outcome == EditOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!);
            return await RedisplayAsync(id, input, null, cancellationToken);
        }

        return Done(id, DocumentAdminText.Saved, result);
    }

    public async Task<IActionResult> OnPostAddRelationAsync(Guid id, [Bind(Prefix = "Relation")] RelationInput relation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, null, relation, cancellationToken);
        }

        var result = await editor.AddRelationAsync(id, relation.ToEdit(), cancellationToken);
        if (result.Outcome == EditOutcome.Invalid)
        {
            ModelState.AddModelError("Relation.Target", result.Error!);
            return await RedisplayAsync(id, null, relation, cancellationToken);
        }

        return result.Succeeded ? Done(id, DocumentAdminText.RelationAdded, result) : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveRelationAsync(Guid id, Guid relationId, CancellationToken cancellationToken) =>
        Outcome(id, DocumentAdminText.RelationRemoved, await editor.RemoveRelationAsync(id, relationId, cancellationToken));

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        Outcome(id, DocumentAdminText.Published, await editor.PublishAsync(id, Actor, cancellationToken));

    public async Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken) =>
        Outcome(id, DocumentAdminText.Unpublished, await editor.UnpublishAsync(id, cancellationToken));

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await editor.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Status = WithWarnings(DocumentAdminText.Deleted, result);
        return RedirectToPage("/Documents/Index");
    }

    private IActionResult Outcome(Guid id, Text message, EditResult result) => result.Succeeded ? Done(id, message, result) : NotFound();

    private RedirectToPageResult Done(Guid id, Text message, EditResult result)
    {
        Status = WithWarnings(message, result);
        return RedirectToPage(new { id });
    }

    private static string WithWarnings(Text message, EditResult result) =>
        result.Warnings.Count == 0 ? message : $"{message} {DocumentAdminText.Warnings}: {string.Join("; ", result.Warnings)}";

    private async Task<IActionResult> RedisplayAsync(Guid id, MetadataInput? input, RelationInput? relation, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = input ?? MetadataInput.From(Document);
        Relation = relation ?? new RelationInput();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(id, cancellationToken);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Tree = ClauseTree.Build(document.Clauses);
        return true;
    }
}
