using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;
using static Ratro.Knowledge.Web.Tests.Support.DocumentUploads;

namespace Ratro.Knowledge.Web.Tests.Admin;

/// <summary>Upload → ingestion as a draft → review → edit → publish → the public sees it → unpublish → delete.</summary>
public sealed class DocumentWorkflowTests
{
    private const string Designation = "ГОСТ Р 59999-2025";
    private const string Marker = "изумрудный";
    private static readonly string Slug = Ratro.Knowledge.Documents.Slugs.ForCanonical(Designation);

    [Fact]
    public async Task A_word_document_goes_from_upload_through_review_and_publication_to_the_public_and_away_again()
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        var visitor = site.CreateClient();
        var docx = await DocxAsync(Markdown(Designation, Marker, type: "national_standard"));

        var review = await UploadToReviewAsync(editor, "Стандарт ускорители.docx", docx, DocxType);
        var draft = await Html.GetAsync(editor, review);
        Assert.Equal("Черновик", Html.Text(draft, "[data-testid=state]"));
        Assert.Equal(Designation, draft.QuerySelector("#Input_Designation")!.GetAttribute("value"));
        Assert.NotEmpty(draft.QuerySelectorAll("ol.clause-outline li"));
        Assert.Contains(draft.QuerySelectorAll("ul.review-flags li"), li => li.GetAttribute("data-field") == "issuer");
        Assert.Equal(404, (await Visitors.GetAsync(visitor, $"/documents/{Slug}")).Status);
        Assert.DoesNotContain($"<mark>{Marker}</mark>", (await Visitors.GetAsync(visitor, $"/search?q={Marker}")).Body, StringComparison.Ordinal);

        using (var saved = await SaveMetadataAsync(editor, review, new Dictionary<string, string>
        {
            ["Input.TitleRu"] = "Контроль качества медицинских ускорителей",
            ["Input.TitleEn"] = "Quality control of medical accelerators",
            ["Input.Issuer"] = "Росстандарт",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var edited = await Html.GetAsync(editor, review);
        Assert.Equal("Сведения сохранены.", Html.Text(edited, "p.notice-success"));
        Assert.DoesNotContain(edited.QuerySelectorAll("ul.review-flags li"), li => li.GetAttribute("data-field") == "issuer");
        Assert.Contains(edited.QuerySelectorAll("ul.review-flags li"), li => li.GetAttribute("data-field") == "status");
        Assert.Equal("Росстандарт", edited.QuerySelector("#Input_Issuer")!.GetAttribute("value"));

        using (var published = await CommandAsync(editor, review, "publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        Assert.StartsWith("Опубликован — Опубликовал editor-", Html.Text(await Html.GetAsync(editor, review), "[data-testid=state]"), StringComparison.Ordinal);
        await AssertPublicAsync(visitor, visible: true);
        Assert.Equal("Quality control of medical accelerators", Html.Text(await Html.GetAsync(visitor, $"/documents/{Slug}"), "dd[data-field=title-en]"));

        using (var unpublished = await CommandAsync(editor, review, "unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }

        await AssertPublicAsync(visitor, visible: false);
        Assert.Equal(200, (await Visitors.GetAsync(editor, $"/documents/{Slug}")).Status);

        using (var deleted = await CommandAsync(editor, review, "delete"))
        {
            Assert.Equal("/admin/documents", deleted.Headers.Location!.OriginalString);
        }

        Assert.Equal(404, (await Visitors.GetAsync(editor, review)).Status);
        Assert.Equal(404, (await Visitors.GetAsync(editor, $"/documents/{Slug}")).Status);
        Assert.Equal(404, (await Visitors.GetAsync(editor, $"/documents/{Slug}/original")).Status);
        Assert.DoesNotContain($"<mark>{Marker}</mark>", (await Visitors.GetAsync(editor, $"/search?q={Marker}")).Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Slug, (await Visitors.GetAsync(editor, "/admin/documents")).Body, StringComparison.Ordinal);
        Assert.Empty(await site.Services.GetRequiredService<DocumentStore>().ListAllEditionsAsync(SiteClient.Cancel));
    }

    [Fact]
    public async Task A_markdown_upload_is_published_its_original_downloads_and_deleting_removes_the_file()
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        var visitor = site.CreateClient();
        var markdown = Encoding.UTF8.GetBytes(Markdown("МУ 2.6.1.8888-25", "сапфировый"));
        var slug = Ratro.Knowledge.Documents.Slugs.ForCanonical("МУ 2.6.1.8888-25");

        var review = await UploadToReviewAsync(editor, "../../etc/указания.md", markdown, "text/markdown");
        using (await CommandAsync(editor, review, "publish"))
        {
        }

        var page = await Html.GetAsync(visitor, $"/documents/{slug}");
        using var original = await visitor.GetAsync($"/documents/{slug}/original", SiteClient.Cancel);
        Assert.Contains("сапфировый", page.QuerySelector("ol.clauses")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(markdown, await original.Content.ReadAsByteArrayAsync(SiteClient.Cancel));
        Assert.Equal("указания.md", (await site.Services.GetRequiredService<DocumentStore>().FindAsync(slug, SiteClient.Cancel))!.Source!.FileName);

        using (await CommandAsync(editor, review, "delete"))
        {
        }

        Assert.Equal(404, (await Visitors.GetAsync(visitor, $"/documents/{slug}/original")).Status);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.DataDirectory, "files"), "*", SearchOption.AllDirectories));
        Assert.DoesNotContain("сапфировый", (await Visitors.GetAsync(editor, "/api/v1/search?q=%D1%81%D0%B0%D0%BF%D1%84%D0%B8%D1%80%D0%BE%D0%B2%D1%8B%D0%B9")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relations_can_be_removed_and_added_on_the_review_screen()
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        var markdown = Encoding.UTF8.GetBytes(Markdown("МУ 2.6.1.8889-25", "топазовый", extra: "relations:\n  - {type: supersedes, target: \"МУ 2.6.1.1000-10\"}"));
        var review = await UploadToReviewAsync(editor, "relations.md", markdown, "text/markdown");
        var page = await Html.GetAsync(editor, review);
        Assert.Contains("МУ 2.6.1.1000-10", Html.Text(page, "table.relations tbody"), StringComparison.Ordinal);

        using (await CommandAsync(editor, review, "remove-relation"))
        {
        }

        var form = (await Html.GetAsync(editor, review)).QuerySelector("form.relation-form")!;
        using var added = await editor.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Relation.Type"] = "Cites",
            ["Relation.Target"] = "НРБ-99/2009",
            ["Relation.SourceClause"] = "1.1",
            ["Relation.TargetClause"] = "п. 3.1",
        }), SiteClient.Cancel);
        var after = await Html.GetAsync(editor, review);

        var rows = after.QuerySelectorAll("table.relations tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("НРБ-99/2009, 3.1", row, StringComparison.Ordinal);
        Assert.Contains("редактор", row, StringComparison.Ordinal);
        Assert.Equal("Связь добавлена.", Html.Text(after, "p.notice-success"));
    }

    [Fact]
    public async Task An_invalid_record_is_refused_with_the_reason_and_nothing_changes()
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        var review = await UploadToReviewAsync(editor, "a.md", Encoding.UTF8.GetBytes(Markdown("МУ 2.6.1.8890-25", "аметист")), "text/markdown");

        using var response = await SaveMetadataAsync(editor, review, new Dictionary<string, string> { ["Input.Ics"] = "13.28", ["Input.Issuer"] = "Другой издатель" });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ICS: '13.28'", Html.Text(page, "form.metadata-form .notice-error"), StringComparison.Ordinal);
        Assert.Equal("Минздрав России", (await site.Services.GetRequiredService<DocumentStore>().FindAsync("МУ 2.6.1.8890-25", SiteClient.Cancel))!.Issuer);
    }

    private static async Task AssertPublicAsync(HttpClient visitor, bool visible)
    {
        var catalogue = (await Visitors.GetAsync(visitor, "/documents")).Body;
        var search = (await Visitors.GetAsync(visitor, $"/search?q={Marker}")).Body;
        var document = (await Visitors.GetAsync(visitor, $"/documents/{Slug}")).Status;
        var feed = (await Visitors.GetAsync(visitor, "/feeds/documents.atom")).Body;
        var sitemap = (await Visitors.GetAsync(visitor, "/sitemap.xml")).Body;
        var api = (await Visitors.GetAsync(visitor, "/api/v1/documents")).Body;

        Assert.Equal(visible, catalogue.Contains($"data-slug=\"{Slug}\"", StringComparison.Ordinal));
        Assert.Equal(visible, search.Contains($"<mark>{Marker}</mark>", StringComparison.Ordinal));
        Assert.Equal(visible ? 200 : 404, document);
        Assert.Equal(visible, feed.Contains(Designation, StringComparison.Ordinal));
        Assert.Equal(visible, sitemap.Contains($"/documents/{Slug}<", StringComparison.Ordinal));
        Assert.Equal(visible, api.Contains(Slug, StringComparison.Ordinal));
    }
}
