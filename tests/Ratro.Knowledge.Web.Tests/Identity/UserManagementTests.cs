using System.Net;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Identity;

public sealed class UserManagementTests
{
    [Fact]
    public async Task An_administrator_creates_an_editor_who_can_then_edit_but_not_manage_users()
    {
        await using var site = new SiteFactory();
        var admin = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(admin, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        using var created = await SiteClient.PostFormAsync(admin, "/admin/users/create", "/admin/users/create", new Dictionary<string, string>
        {
            ["Input.Email"] = "new.editor@ratro.test",
            ["Input.Password"] = "New-Editor-2024",
            ["Input.Roles"] = Roles.Editor,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await Html.GetAsync(admin, "/admin/users");
        Assert.Equal("Редактор", Html.Text(list, "tr[data-email='new.editor@ratro.test'] td"));
        var editor = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(editor, "new.editor@ratro.test", "New-Editor-2024");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin", SiteClient.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/users", SiteClient.Cancel)).StatusCode);
    }

    [Theory]
    [InlineData("/admin/users/create", "short", "Пароль: не короче 10 знаков, со строчными и прописными буквами и цифрами.")]
    [InlineData("/admin/users/create?culture=en", "alllowercase1", "Password: at least 10 characters, with lower- and upper-case letters and digits.")]
    public async Task A_weak_password_is_refused_with_the_rules(string url, string password, string message)
    {
        await using var site = new SiteFactory();
        var admin = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(admin, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

        using var response = await SiteClient.PostFormAsync(admin, url, url, new Dictionary<string, string>
        {
            ["Input.Email"] = "weak@ratro.test",
            ["Input.Password"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelectorAll("main .validation-summary-errors li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Roles_are_reassigned_and_an_administrator_cannot_demote_themselves()
    {
        await using var site = new SiteFactory();
        await site.CreateUserAsync("member@ratro.test", "Member-Pass-2024", Roles.Member);
        var admin = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(admin, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var list = await Html.GetAsync(admin, "/admin/users");
        var memberRoles = list.QuerySelector("tr[data-email='member@ratro.test'] a")!.GetAttribute("href")!;
        var adminRoles = list.QuerySelector($"tr[data-email='{SiteFactory.AdminEmail}'] a")!.GetAttribute("href")!;

        (await SiteClient.PostFormAsync(admin, memberRoles, memberRoles, new Dictionary<string, string> { ["SelectedRoles"] = Roles.Editor })).Dispose();
        (await SiteClient.PostFormAsync(admin, adminRoles, adminRoles, new Dictionary<string, string> { ["SelectedRoles"] = Roles.Member })).Dispose();

        var after = await Html.GetAsync(admin, "/admin/users");
        Assert.Equal("Редактор", Html.Text(after, "tr[data-email='member@ratro.test'] td"));
        Assert.Equal("Администратор", Html.Text(after, $"tr[data-email='{SiteFactory.AdminEmail}'] td"));
    }
}
