using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Pages.Account;

/// <summary>Sign-out: a POST (with the antiforgery token); GET only asks for confirmation.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public bool SignedOut { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Logout", new { area = "", done = true });
    }
}
