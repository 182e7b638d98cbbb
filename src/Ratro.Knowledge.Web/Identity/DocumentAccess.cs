using System.Security.Claims;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>
/// Which documents a visitor may read and which record cards they may see. Anonymous visitors read public documents;
/// members also read members-only ones; editors and administrators read everything, restricted documents and drafts
/// included. The card of a members-only document (designation, titles, type, status) is visible to everyone, its text
/// only to members; restricted documents and drafts do not exist for those who may not read them.
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

    /// <summary>Editors see drafts (in search, the catalogue and on document pages); nobody else does.</summary>
    public static bool SeesDrafts(ClaimsPrincipal? user) => HighestLevel(user) == AccessLevel.Restricted;

    /// <summary>Published documents the user may read; drafts only for editors.</summary>
    public static bool CanSee(ClaimsPrincipal? user, NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CanRead(user, document.Access) && (document.State == PublicationState.Published || SeesDrafts(user));
    }

    /// <summary>Whether the record card shows: everything the user may read, and members-only documents for everyone.</summary>
    public static bool CanSeeCard(ClaimsPrincipal? user, NormativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var level = HighestLevel(user) > AccessLevel.Members ? HighestLevel(user) : AccessLevel.Members;
        return document.Access <= level && (document.State == PublicationState.Published || SeesDrafts(user));
    }

    /// <summary>A query limited to what the user may read: text, snippets and facet counts never cover more.</summary>
    public static SearchQuery Scope(ClaimsPrincipal? user, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query with { Access = HighestLevel(user), IncludeDrafts = SeesDrafts(user) };
    }
}
