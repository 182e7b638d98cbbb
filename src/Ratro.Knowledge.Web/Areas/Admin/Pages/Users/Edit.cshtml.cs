using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>Assigns an account's roles.</summary>
public sealed class EditModel(UserManager<WebUser> users) : AdminPageModel
{
    public string Email { get; private set; } = "";

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Email = user.Email ?? user.Id;
        SelectedRoles = [.. await users.GetRolesAsync(user)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = SelectedRoles.Where(r => Roles.All.Contains(r)).Distinct().ToList();
        if (user.UserName == Actor && !wanted.Contains(Roles.Admin))
        {
            Status = AdminText.CannotLockSelf;
            return RedirectToPage(new { id });
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        Status = AdminText.RolesSaved;
        return RedirectToPage("/Users/Index");
    }
}
