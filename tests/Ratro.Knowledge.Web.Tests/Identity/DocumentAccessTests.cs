using System.Security.Claims;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Tests.Identity;

public sealed class DocumentAccessTests
{
    public static TheoryData<string[]?, AccessLevel> Levels => new()
    {
        { null, AccessLevel.Public },
        { [], AccessLevel.Public },
        { [Roles.Member], AccessLevel.Members },
        { [Roles.Editor], AccessLevel.Restricted },
        { [Roles.Admin], AccessLevel.Restricted },
        { [Roles.Member, Roles.Editor], AccessLevel.Restricted },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_highest_readable_level_follows_the_roles(string[]? roles, AccessLevel expected)
    {
        Assert.Equal(expected, DocumentAccess.HighestLevel(Principal(roles)));
    }

    [Theory]
    [InlineData(null, AccessLevel.Public, PublicationState.Published, true)]
    [InlineData(null, AccessLevel.Members, PublicationState.Published, false)]
    [InlineData(null, AccessLevel.Public, PublicationState.Draft, false)]
    [InlineData(Roles.Member, AccessLevel.Members, PublicationState.Published, true)]
    [InlineData(Roles.Member, AccessLevel.Restricted, PublicationState.Published, false)]
    [InlineData(Roles.Member, AccessLevel.Public, PublicationState.Draft, false)]
    [InlineData(Roles.Editor, AccessLevel.Restricted, PublicationState.Draft, true)]
    public void A_document_is_visible_by_access_level_and_publication_state(string? role, AccessLevel access, PublicationState state, bool visible)
    {
        var document = new NormativeDocument { Designation = "X", Access = access, State = state };

        Assert.Equal(visible, DocumentAccess.CanSee(Principal(role is null ? null : [role]), document));
    }

    private static ClaimsPrincipal Principal(string[]? roles) =>
        roles is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(ClaimTypes.Name, "u")), "test"));
}
