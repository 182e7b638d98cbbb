using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Web.Uploads;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>/admin/documents/upload: checks the file, queues it for ingestion as a draft and shows its progress page.</summary>
[ServiceFilter(typeof(UploadLimitsFilter))]
public sealed class UploadModel(UploadQueue queue, IOptions<IngestionOptions> options, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public long MaxMegabytes => UploadCheck.Megabytes(options.Value.MaxFileBytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Input.File is not { } file)
        {
            return Page();
        }

        if (file.Length > options.Value.MaxFileBytes)
        {
            ModelState.AddModelError("Input.File", Localization.DocumentAdminText.TooLarge.Format(MaxMegabytes));
            return Page();
        }

        var name = UploadFileName.Clean(file.FileName);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (UploadCheck.Problem(name, file.ContentType, content, options.Value.MaxFileBytes) is { } problem)
        {
            ModelState.AddModelError("Input.File", problem);
            return Page();
        }

        var job = new UploadJob(name, content, Input.Access, Actor, clock.GetUtcNow());
        await queue.EnqueueAsync(job, cancellationToken);
        return RedirectToPage("/Documents/Job", new { id = job.Id });
    }
}
