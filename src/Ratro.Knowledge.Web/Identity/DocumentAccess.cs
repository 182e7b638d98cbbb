using System.Security.Claims;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>
/// Which documents a visitor may read. Anonymous visitors read public documents; members also read
/// members-only ones; editors and administrators read everything, restricted documents included.
/// </summary>
public static class DocumentAccess
{
    public static AccessLevel HighestLevel(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return AccessLevel.Public;
        }

        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor))
        {
            return AccessLevel.Restricted;
        }

        return user.IsInRole(Roles.Member) ? AccessLevel.Members : AccessLevel.Public;
    }

    public static bool CanRead(ClaimsPrincipal? user, AccessLevel level) => level <= HighestLevel(user);

    /// <summary>Published documents the user may read; drafts only for editors.</summary>
    public static bool CanSee(ClaimsPrincipal? user, NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var editor = HighestLevel(user) == AccessLevel.Restricted;
        return CanRead(user, document.Access) && (document.State == PublicationState.Published || editor);
    }
}
