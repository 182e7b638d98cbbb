using System.Net;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Security;

public sealed class AntiforgeryTests
{
    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/account/logout", true)]
    [InlineData("/admin/content/create", true)]
    [InlineData("/admin/users/create", true)]
    public async Task A_post_without_the_antiforgery_token_is_rejected(string url, bool signedIn)
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();
        if (signedIn)
        {
            await SiteClient.SignInAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        }

        using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = SiteFactory.AdminEmail,
            ["Input.Password"] = SiteFactory.AdminPassword,
            ["Input.Slug"] = "forged",
            ["Input.Title"] = "Forged",
            ["Input.Culture"] = "ru",
        }), SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await Content.WithServiceAsync(site, s => s.ListAsync(SiteClient.Cancel)));
    }

    [Fact]
    public async Task A_token_from_another_session_is_rejected()
    {
        await using var site = new SiteFactory();
        var attacker = site.CreateBrowserlikeClient();
        var victim = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(victim, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var foreignToken = Html.Token(await Html.GetAsync(attacker, "/account/login"));

        using var response = await victim.PostAsync("/admin/content/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = foreignToken,
            ["Input.Type"] = "News",
            ["Input.Slug"] = "forged",
            ["Input.Title"] = "Forged",
            ["Input.Culture"] = "ru",
        }), SiteClient.Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
