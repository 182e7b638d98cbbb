using System.Net;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Identity;

public sealed class AuthorizationTests
{
    /// <summary>role ("" for anonymous), url, expected: "ok", "login" (redirect to sign-in) or "denied".</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "", "/admin", "login" },
        { "", "/admin/content/create", "login" },
        { "", "/admin/users", "login" },
        { Roles.Member, "/admin", "denied" },
        { Roles.Member, "/admin/content/create?type=news", "denied" },
        { Roles.Member, "/admin/users", "denied" },
        { Roles.Editor, "/admin", "ok" },
        { Roles.Editor, "/admin/content/create?type=page", "ok" },
        { Roles.Editor, "/admin/users", "denied" },
        { Roles.Editor, "/admin/users/create", "denied" },
        { Roles.Admin, "/admin", "ok" },
        { Roles.Admin, "/admin/users", "ok" },
        { Roles.Admin, "/admin/users/create", "ok" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_reaches_exactly_its_part_of_the_administration(string role, string url, string expected)
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();
        if (role.Length > 0)
        {
            var email = $"{role.ToLowerInvariant()}-user@ratro.test";
            await site.CreateUserAsync(email, "Some-Pass-2024", role);
            await SiteClient.SignInAsync(client, email, "Some-Pass-2024");
        }

        using var response = await client.GetAsync(url, SiteClient.Cancel);

        switch (expected)
        {
            case "ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case "login":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                using (var denied = await client.GetAsync(response.Headers.Location, SiteClient.Cancel))
                {
                    Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
                }

                break;
        }
    }

    [Fact]
    public async Task A_member_cannot_post_content_commands_either()
    {
        await using var site = new SiteFactory();
        await site.CreateUserAsync("member@ratro.test", "Member-Pass-2024", Roles.Member);
        var client = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(client, "member@ratro.test", "Member-Pass-2024");
        var token = Html.Token(await Html.GetAsync(client, "/"), "header form");

        using var response = await client.PostAsync("/admin/content/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Type"] = "News",
            ["Input.Slug"] = "sneaky",
            ["Input.Culture"] = "ru",
            ["Input.Title"] = "Не должно появиться",
        }), SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(await Content.WithServiceAsync(site, s => s.ListAsync(SiteClient.Cancel)));
    }

    [Fact]
    public async Task The_administration_link_shows_only_to_editors_and_administrators()
    {
        await using var site = new SiteFactory();
        await site.CreateUserAsync("member@ratro.test", "Member-Pass-2024", Roles.Member);
        await site.CreateUserAsync("editor@ratro.test", "Editor-Pass-2024", Roles.Editor);
        var member = site.CreateBrowserlikeClient();
        var editor = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(member, "member@ratro.test", "Member-Pass-2024");
        await SiteClient.SignInAsync(editor, "editor@ratro.test", "Editor-Pass-2024");

        Assert.Null((await Html.GetAsync(site.CreateClient(), "/")).QuerySelector("a[data-nav=admin]"));
        Assert.Null((await Html.GetAsync(member, "/")).QuerySelector("a[data-nav=admin]"));
        Assert.NotNull((await Html.GetAsync(editor, "/")).QuerySelector("a[data-nav=admin]"));
        Assert.Null((await Html.GetAsync(editor, "/admin")).QuerySelector("nav.admin-nav a[href='/admin/users']"));
    }
}
