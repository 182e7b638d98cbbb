using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Content;

/// <summary>Creates a page or news item with its first draft version.</summary>
public sealed class CreateModel(ContentService content) : AdminPageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public void OnGet(string? type)
    {
        Input.Type = string.Equals(type, "news", StringComparison.OrdinalIgnoreCase) ? ContentType.News : ContentType.Page;
        Input.Culture = Cultures.Current;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var item = await content.CreateAsync(Input.Type, Input.Slug, Input.Culture, Input.ToDraft(), Actor, cancellationToken);
            Status = AdminText.Saved.Format(1);
            return RedirectToPage("/Content/Edit", new { id = item.Id });
        }
        catch (ContentException e) when (e.Failure == ContentFailure.SlugTaken)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Slug)}", AdminText.SlugTaken);
            return Page();
        }
    }
}
