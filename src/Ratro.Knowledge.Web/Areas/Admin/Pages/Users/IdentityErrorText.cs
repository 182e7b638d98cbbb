using Microsoft.AspNetCore.Identity;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>Identity's refusals in the site's languages (the password rules, a taken email); others as Identity says.</summary>
public static class IdentityErrorText
{
    public static string Describe(IdentityError error, int passwordMinLength)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) or nameof(IdentityErrorDescriber.PasswordRequiresDigit)
                or nameof(IdentityErrorDescriber.PasswordRequiresLower) or nameof(IdentityErrorDescriber.PasswordRequiresUpper)
                or nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => AdminText.PasswordRules.Format(passwordMinLength),
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AdminText.EmailTaken,
            _ => error.Description,
        };
    }
}
