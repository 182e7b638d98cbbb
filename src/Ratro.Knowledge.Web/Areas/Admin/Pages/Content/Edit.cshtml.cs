using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>Edits an item (each save is a new draft version) and publishes, unpublishes or deletes it.</summary>
public sealed class EditModel(ContentService content) : AdminPageModel
{
    [BindProperty]
    public ContentInput Input { get; set; } = new();

    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Latest => Item.Versions[0];

    public ContentVersion? Published => Item.Versions.FirstOrDefault(v => v.Id == Item.PublishedVersionId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new ContentInput { Title = Latest.Title, Summary = Latest.Summary, Body = Latest.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = await content.SaveDraftAsync(id, Input.ToDraft(), Actor, cancellationToken);
        Status = AdminText.Saved.Format(version.Number);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid? versionId, CancellationToken cancellationToken) =>
        await RunAsync(id, async () =>
        {
            var version = await content.PublishAsync(id, versionId, Actor, cancellationToken);
            Status = AdminText.PublishedMessage.Format(version.Number);
        });

    public async Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken) =>
        await RunAsync(id, async () =>
        {
            await content.UnpublishAsync(id, Actor, cancellationToken);
            Status = AdminText.UnpublishedMessage;
        });

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await content.DeleteAsync(id, cancellationToken);
        }
        catch (ContentException e) when (e.Failure == ContentFailure.ItemNotFound)
        {
            return NotFound();
        }

        Status = AdminText.DeletedMessage;
        return RedirectToPage("/Index");
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> command)
    {
        try
        {
            await command();
        }
        catch (ContentException e) when (e.Failure is ContentFailure.ItemNotFound or ContentFailure.VersionNotFound)
        {
            return NotFound();
        }
        catch (ContentException e) when (e.Failure == ContentFailure.NotPublished)
        {
            Status = AdminText.NotPublished;
        }

        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }
}
