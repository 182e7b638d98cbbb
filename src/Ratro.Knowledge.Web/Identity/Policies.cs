using Microsoft.AspNetCore.Authorization;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>Authorization policies by role, highest role included in the lower ones.</summary>
public static class Policies
{
    /// <summary>Users and roles management.</summary>
    public const string Admin = "RequireAdmin";

    /// <summary>Content editing and publishing (later: document uploads and review).</summary>
    public const string Editor = "RequireEditor";

    /// <summary>The members' area: documents with <c>AccessLevel.Members</c>.</summary>
    public const string Member = "RequireMember";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Editor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Editor));
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Editor, Roles.Member));
    }
}
