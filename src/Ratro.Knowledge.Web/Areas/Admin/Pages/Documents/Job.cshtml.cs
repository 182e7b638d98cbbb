using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Uploads;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// /admin/documents/job/{id}: an upload's progress. While it runs, /js/upload-status.js asks ?handler=State every
/// second and reloads the page when the job has finished; without scripts the page has a refresh link.
/// </summary>
public sealed class JobModel(UploadQueue queue) : AdminPageModel
{
    public UploadJob? Job { get; private set; }

    public IActionResult OnGet(Guid id)
    {
        Job = queue.Find(id);
        if (Job is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public IActionResult OnGetState(Guid id) =>
        queue.Find(id) is { } job ? new JsonResult(new { state = job.State.ToString().ToLowerInvariant(), finished = job.Finished }) : NotFound();
}
