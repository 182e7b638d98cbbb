using System.Net;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Cms;

public sealed class ContentWorkflowTests
{
    [Theory]
    [InlineData("page", "/pages/charter")]
    [InlineData("news", "/news/charter")]
    public async Task A_draft_is_invisible_until_published_and_gone_again_when_unpublished(string type, string publicUrl)
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);
        var visitor = site.CreateClient();

        var edit = await editor.CreateAsync(type, "charter", "ru", "Правила пользования", "Первый абзац.");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(publicUrl, SiteClient.Cancel)).StatusCode);

        using (var published = await editor.CommandAsync(edit, "publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await Html.GetAsync(visitor, publicUrl);
        Assert.Equal("Правила пользования", Html.Text(page, "main h1"));
        Assert.Equal("Первый абзац.", Html.Text(page, "main .prose p"));

        using (var unpublished = await editor.CommandAsync(edit, "unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(publicUrl, SiteClient.Cancel)).StatusCode);
    }

    [Fact]
    public async Task An_edit_of_a_published_item_stays_a_draft_until_it_is_published()
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);
        var visitor = site.CreateClient();
        var edit = await editor.CreateAsync("news", "update", "en", "First title", "One.");
        (await editor.CommandAsync(edit, "publish")).Dispose();

        await editor.SaveAsync(edit, "Second title", "Two.");

        Assert.Equal("First title", Html.Text(await Html.GetAsync(visitor, "/news/update"), "main h1"));
        var preview = await Html.GetAsync(editor.Client, edit.Replace("/edit/", "/preview/", StringComparison.Ordinal));
        Assert.Equal("Second title", Html.Text(preview, "main h1"));
        Assert.NotNull(preview.QuerySelector("main p.notice-preview"));
        Assert.Null((await Html.GetAsync(visitor, "/news/update")).QuerySelector("p.notice-preview"));

        (await editor.CommandAsync(edit, "publish")).Dispose();
        Assert.Equal("Second title", Html.Text(await Html.GetAsync(visitor, "/news/update"), "main h1"));
    }

    [Fact]
    public async Task The_history_keeps_every_version_with_its_author_and_state_and_can_restore_an_old_one()
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);
        var edit = await editor.CreateAsync("page", "rules", "ru", "Версия один", "1");
        (await editor.CommandAsync(edit, "publish")).Dispose();
        await editor.SaveAsync(edit, "Версия два", "2");
        (await editor.CommandAsync(edit, "publish")).Dispose();
        await editor.SaveAsync(edit, "Версия три", "3");
        var historyPath = edit.Replace("/edit/", "/history/", StringComparison.Ordinal);

        var history = await Html.GetAsync(editor.Client, historyPath);

        Assert.Equal(
            ["3:Draft", "2:Published", "1:Archived"],
            history.QuerySelectorAll("tr[data-version]").Select(r => $"{r.GetAttribute("data-version")}:{r.GetAttribute("data-state")}"));
        Assert.All(history.QuerySelectorAll("tr[data-version] td:nth-child(4)"), c => Assert.Equal("editor@ratro.test", c.TextContent));

        var restore = history.QuerySelector("tr[data-version='1'] form")!;
        (await editor.PostAsync(restore)).Dispose();

        Assert.Equal("Версия один", Html.Text(await Html.GetAsync(site.CreateClient(), "/pages/rules"), "main h1"));
        var after = await Html.GetAsync(editor.Client, historyPath);
        Assert.Equal(
            ["3:Draft", "2:Archived", "1:Published"],
            after.QuerySelectorAll("tr[data-version]").Select(r => $"{r.GetAttribute("data-version")}:{r.GetAttribute("data-state")}"));
    }

    [Fact]
    public async Task Deleting_removes_the_item_from_the_site_and_the_administration()
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);
        var edit = await editor.CreateAsync("news", "gone", "ru", "Скоро исчезнет", "Текст.");
        (await editor.CommandAsync(edit, "publish")).Dispose();

        using var deleted = await editor.CommandAsync(edit, "delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/news/gone", SiteClient.Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync(edit, SiteClient.Cancel)).StatusCode);
        Assert.Empty((await Html.GetAsync(site.CreateClient(), "/news")).QuerySelectorAll("ul.news-list li"));
    }

    [Theory]
    [InlineData("Bad Slug", "#slug-error")]
    [InlineData("", "#slug-error")]
    public async Task Invalid_input_returns_the_form_with_the_reason(string slug, string errorSelector)
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);

        using var response = await editor.CreateResponseAsync("page", slug, "ru", "Заголовок", "Текст.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Html.Text(await Html.ParseAsync(response), errorSelector));
    }

    [Fact]
    public async Task A_taken_slug_in_the_same_language_is_refused_but_a_translation_is_welcome()
    {
        await using var site = new SiteFactory();
        var editor = await Editor.SignInAsync(site);
        await editor.CreateAsync("page", "contacts", "ru", "Контакты", "Текст.");

        using var duplicate = await editor.CreateResponseAsync("page", "contacts", "ru", "Ещё раз", "Текст.");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal("Материал этого типа с таким адресом на этом языке уже есть.", Html.Text(await Html.ParseAsync(duplicate), "#slug-error"));

        await editor.CreateAsync("page", "contacts", "en", "Contacts", "Text.");
        await editor.CreateAsync("news", "contacts", "ru", "Новость с тем же адресом", "Текст.");
        Assert.Equal(3, (await Content.WithServiceAsync(site, s => s.ListAsync(SiteClient.Cancel))).Count);
    }
}
