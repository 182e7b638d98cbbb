using Microsoft.AspNetCore.Identity;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>An account of the site: an administrator, an editor or a member of the association.</summary>
public sealed class WebUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
