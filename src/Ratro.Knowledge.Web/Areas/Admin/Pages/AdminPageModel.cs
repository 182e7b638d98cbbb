using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages;

/// <summary>Shared parts of the administration pages: who acts, and the one-line status after a command.</summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>The signed-in user's name, recorded as author, publisher and so on.</summary>
    protected string Actor => User.Identity?.Name ?? "unknown";

    [TempData(Key = "Status")]
    public string? Status { get; set; }
}
