using System.Net;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Identity;

public sealed class LoginTests
{
    [Fact]
    public async Task The_first_administrator_from_configuration_signs_in_and_reaches_the_administration()
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();

        using var response = await SiteClient.PostFormAsync(client, "/account/login?returnUrl=%2Fadmin%2Fusers", "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = SiteFactory.AdminEmail,
            ["Input.Password"] = SiteFactory.AdminPassword,
            ["ReturnUrl"] = "/admin/users",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", response.Headers.Location!.OriginalString);
        var users = await Html.GetAsync(client, "/admin/users");
        Assert.NotNull(users.QuerySelector($"tr[data-email='{SiteFactory.AdminEmail}']"));
        Assert.Equal($"Вы вошли как {SiteFactory.AdminEmail}", Html.Text(users, ".signed-in"));
    }

    [Theory]
    [InlineData("/account/login", "Неверная почта или пароль.")]
    [InlineData("/account/login?culture=en", "Wrong email or password.")]
    public async Task A_wrong_password_is_refused_with_a_localized_message(string url, string message)
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();

        using var response = await SiteClient.PostFormAsync(client, url, url, new Dictionary<string, string>
        {
            ["Input.Email"] = SiteFactory.AdminEmail,
            ["Input.Password"] = "not-the-password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.Text(await Html.ParseAsync(response), "#login-failure"));
        using var admin = await client.GetAsync("/admin", SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task An_empty_form_gets_localized_validation_messages()
    {
        await using var site = new SiteFactory();

        using var response = await SiteClient.PostFormAsync(site.CreateBrowserlikeClient(), "/account/login?culture=en", "/account/login?culture=en",
            new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        var page = await Html.ParseAsync(response);
        Assert.Equal("The field “Email” is required.", Html.Text(page, "#email-error"));
        Assert.Equal("The field “Password” is required.", Html.Text(page, "#password-error"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["SignIn:MaxFailedAttempts"] = "3" });
        var client = site.CreateBrowserlikeClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await SiteClient.LoginAsync(client, SiteFactory.AdminEmail, $"wrong-{i}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var locked = await SiteClient.LoginAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.StartsWith("Слишком много неудачных попыток", Html.Text(await Html.ParseAsync(locked), "#login-failure"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var site = new SiteFactory();
        var client = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(client, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        using var logout = await SiteClient.PostFormAsync(client, "/admin", "/account/logout", new Dictionary<string, string>(), "header form");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var admin = await client.GetAsync("/admin", SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/login", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task After_sign_in_the_site_never_redirects_to_another_site(string returnUrl)
    {
        await using var site = new SiteFactory();

        using var response = await SiteClient.PostFormAsync(site.CreateBrowserlikeClient(), "/account/login", "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = SiteFactory.AdminEmail,
            ["Input.Password"] = SiteFactory.AdminPassword,
            ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked_by_an_administrator()
    {
        await using var site = new SiteFactory();
        await site.CreateUserAsync("member@ratro.test", "Member-Pass-2024", Roles.Member);
        var admin = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(admin, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var users = await Html.GetAsync(admin, "/admin/users");
        var lockForm = users.QuerySelector("tr[data-email='member@ratro.test'] form")!;

        using var locking = await admin.PostAsync(lockForm.GetAttribute("action"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", lockForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]), SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.Redirect, locking.StatusCode);

        using var refused = await SiteClient.LoginAsync(site.CreateBrowserlikeClient(), "member@ratro.test", "Member-Pass-2024");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var lockedRow = (await Html.GetAsync(admin, "/admin/users")).QuerySelector("tr[data-email='member@ratro.test'] form")!;
        Assert.Contains("handler=Unlock", lockedRow.GetAttribute("action"), StringComparison.Ordinal);
        using var unlocking = await admin.PostAsync(lockedRow.GetAttribute("action"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", lockedRow.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]), SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.Redirect, unlocking.StatusCode);
        await SiteClient.SignInAsync(site.CreateBrowserlikeClient(), "member@ratro.test", "Member-Pass-2024");
    }
}
