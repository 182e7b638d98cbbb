using Microsoft.Playwright;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EditorPublishesNewsBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_editor_writes_and_publishes_news_that_an_anonymous_visitor_then_reads()
    {
        var editor = await site.NewPageAsync();
        var email = $"editor-{Guid.NewGuid():N}@ratro.test";
        await site.Site.CreateUserAsync(email, "Editor-Pass-2024", Roles.Editor);
        var slug = $"browser-news-{Guid.NewGuid():N}"[..30];
        var title = "Новая редакция методических указаний";

        await editor.GotoAsync("/admin");
        Assert.Contains("/account/login", editor.Url, StringComparison.Ordinal);
        await editor.FillAsync("#Input_Email", email);
        await editor.FillAsync("#Input_Password", "Editor-Pass-2024");
        await BrowserSite.ScreenshotAsync(editor, "login-ru");
        await editor.ClickAsync("main button[type=submit]");
        await editor.WaitForURLAsync(url => url.Contains("/admin", StringComparison.Ordinal));

        await editor.GotoAsync("/admin/content/create?type=news");
        await editor.FillAsync("#Input_Slug", slug);
        await editor.FillAsync("#Input_Title", title);
        await editor.FillAsync("#Input_Summary", "Кратко о главном.");
        await editor.FillAsync("#Input_Body", "Текст **новости** с таблицей:\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        await editor.ClickAsync("main form.form button[type=submit]");
        await editor.WaitForURLAsync(url => url.Contains("/admin/content/edit/", StringComparison.Ordinal));
        await BrowserSite.ScreenshotAsync(editor, "admin-edit-ru");

        var anonymous = await site.NewPageAsync();
        var before = await anonymous.GotoAsync($"/news/{slug}");
        Assert.Equal(404, before!.Status);

        await editor.ClickAsync("button[data-command=publish]");
        await editor.WaitForSelectorAsync("p.notice-success");

        await anonymous.GotoAsync("/news");
        await anonymous.ClickAsync($"a[href='/news/{slug}']");
        Assert.Equal(title, await anonymous.InnerTextAsync("main h1"));
        Assert.Equal(1, await anonymous.Locator("main .prose table").CountAsync());
        await BrowserSite.ScreenshotAsync(anonymous, "news-item-ru");
        await anonymous.Context.CloseAsync();
        await editor.Context.CloseAsync();
    }
}
