using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages;

/// <summary>
/// The localized page for an error status (re-executed by the status-code and exception middleware for browsers).
/// It has no handler methods, so it renders for whatever method the failed request used.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code => RouteData.Values["code"] is string text && int.TryParse(text, out var code) && code is >= 400 and < 600
        ? code
        : HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500;

    public Text Message => Code switch
    {
        400 => ErrorText.BadRequest,
        401 or 403 => ErrorText.Forbidden,
        404 => ErrorText.NotFound,
        429 => ErrorText.TooManyRequests,
        >= 500 => ErrorText.ServerError,
        _ => ErrorText.Other,
    };
}
