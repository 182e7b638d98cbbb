using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>Display names of the roles.</summary>
public static class UserRoleView
{
    public static Text Name(string role) => role switch
    {
        Roles.Admin => AdminText.RoleAdmin,
        Roles.Editor => AdminText.RoleEditor,
        Roles.Member => AdminText.RoleMember,
        _ => new Text(role, role),
    };
}
