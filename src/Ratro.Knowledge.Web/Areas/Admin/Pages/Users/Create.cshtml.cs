using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>Creates an account with a password and roles.</summary>
public sealed class CreateModel(UserManager<WebUser> users, IOptions<SignInRulesOptions> rules) : AdminPageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public int PasswordMinLength => rules.Value.PasswordMinLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new WebUser { UserName = Input.Email, Email = Input.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var message in created.Errors.Select(e => IdentityErrorText.Describe(e, PasswordMinLength)).Distinct())
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        var roles = Input.Roles.Where(r => Roles.All.Contains(r)).Distinct().ToList();
        if (roles.Count > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        Status = AdminText.UserCreated;
        return RedirectToPage("/Users/Index");
    }
}
