using Microsoft.Playwright;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DocumentUploadBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_editor_uploads_a_word_document_fixes_a_field_publishes_and_the_public_sees_it()
    {
        var number = Random.Shared.Next(10000, 99999);
        var designation = $"ГОСТ Р {number}-2025";
        var slug = Slugs.ForCanonical(designation);
        var docx = await DocumentUploads.DocxAsync(DocumentUploads.Markdown(designation, "опаловый", type: "national_standard"));
        var email = $"editor-{Guid.NewGuid():N}@ratro.test";
        await site.Site.CreateUserAsync(email, "Editor-Pass-2024", Roles.Editor);
        var editor = await site.NewPageAsync();

        await editor.GotoAsync("/account/login");
        await editor.FillAsync("#Input_Email", email);
        await editor.FillAsync("#Input_Password", "Editor-Pass-2024");
        await editor.ClickAsync("main button[type=submit]");
        await editor.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await editor.GotoAsync("/admin/documents/upload");
        await editor.SetInputFilesAsync("#Input_File", new FilePayload { Name = "ускорители.docx", MimeType = DocumentUploads.DocxType, Buffer = docx });
        await BrowserSite.ScreenshotAsync(editor, "admin-upload-ru");
        await editor.ClickAsync("button[data-command=upload]");
        await editor.WaitForSelectorAsync("[data-testid=to-review]", new PageWaitForSelectorOptions { Timeout = 90_000 });
        await editor.ClickAsync("[data-testid=to-review]");
        await editor.WaitForSelectorAsync("form.metadata-form");
        await BrowserSite.ScreenshotAsync(editor, "admin-review-ru");

        await editor.FillAsync("#Input_TitleRu", "Контроль качества медицинских ускорителей");
        await editor.FillAsync("#Input_TitleEn", "Quality control of medical accelerators");
        await editor.SelectOptionAsync("#Input_Status", "InForce");
        await editor.ClickAsync("button[data-command=save]");
        await editor.WaitForSelectorAsync("p.notice-success");
        await editor.ClickAsync("button[data-command=publish]");
        await editor.WaitForSelectorAsync("text=Документ опубликован.");

        var visitor = await site.NewPageAsync();
        await visitor.GotoAsync("/documents?q=%D0%BE%D0%BF%D0%B0%D0%BB%D0%BE%D0%B2%D1%8B%D0%B9");
        await visitor.ClickAsync($"tr[data-slug='{slug}'] a.designation");
        await visitor.WaitForURLAsync(url => url.EndsWith($"/documents/{slug}", StringComparison.Ordinal));
        Assert.Equal("Quality control of medical accelerators", await visitor.InnerTextAsync("dd[data-field=title-en]"));
        Assert.Contains("опаловый", await visitor.InnerTextAsync("ol.clauses"), StringComparison.Ordinal);
        await BrowserSite.ScreenshotAsync(visitor, "published-document-ru");
        await visitor.Context.CloseAsync();
        await editor.Context.CloseAsync();
    }
}
