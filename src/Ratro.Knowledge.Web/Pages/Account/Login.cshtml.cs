using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Pages.Account;

/// <summary>Sign-in with email and password; repeated failures lock the account for a while.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<WebUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Text? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", Input.Email);
            return LocalRedirect(CultureLinks.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Email}: locked out", Input.Email);
            Failure = AccountText.LockedOut;
        }
        else
        {
            logger.LogWarning("Sign-in failed for {Email}", Input.Email);
            Failure = result.IsNotAllowed ? AccountText.NotAllowed : AccountText.LoginFailed;
        }

        return Page();
    }
}
