using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Admin;

public sealed class UploadValidationTests
{
    /// <summary>file name, content type, content, the start of the message shown.</summary>
    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "program.exe", "application/octet-stream", "MZ...", "Принимаются только файлы" },
        { "report.pdf", "application/pdf", "just text, no PDF", "Содержимое файла не соответствует расширению" },
        { "report.pdf", "text/html", "%PDF-1.7", "Тип файла (text/html) не соответствует расширению" },
        { "document.docx", DocumentUploads.DocxType, "not a zip", "Содержимое файла не соответствует расширению" },
        { "notes.md", "text/markdown", "%PDF-1.4 pretending", "Содержимое файла не соответствует расширению" },
        { "notes.md", "text/markdown", "\u0000binary\u0000", "Файл Markdown должен быть текстом в UTF-8." },
        { "empty.md", "text/markdown", "", "" }, // an empty file: refused (as empty or as missing), whichever the binder decides
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_that_is_not_what_it_claims_is_refused_on_the_form_and_never_queued(string name, string type, string content, string message)
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);

        using var response = await DocumentUploads.UploadAsync(editor, name, Encoding.UTF8.GetBytes(content), type);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, Html.Text(page, "#file-error"), StringComparison.Ordinal);
        Assert.NotEmpty(Html.Text(page, "#file-error"));
        Assert.Empty(await site.Services.GetRequiredService<DocumentStore>().ListAllEditionsAsync(SiteClient.Cancel));
    }

    [Fact]
    public async Task A_file_that_fails_ingestion_shows_the_reason_and_leaves_nothing_behind()
    {
        await using var site = new SiteFactory();
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        var broken = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(Encoding.ASCII.GetBytes("this is not really a zip archive")).ToArray();

        var page = await DocumentUploads.UploadAndWaitAsync(editor, "broken.docx", broken, DocumentUploads.DocxType);

        Assert.Equal("Файл не удалось разобрать; ничего не сохранено.", Html.Text(page, "[data-testid=job-failed]"));
        Assert.Contains("broken.docx", Html.Text(page, "[data-testid=job-error]"), StringComparison.Ordinal);
        Assert.Empty(await site.Services.GetRequiredService<DocumentStore>().ListAllEditionsAsync(SiteClient.Cancel));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(site.DataDirectory, "files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "1024" });
        var editor = await Visitors.ClientAsync(site, Roles.Editor);

        using var response = await DocumentUploads.UploadAsync(editor, "big.md", Encoding.UTF8.GetBytes(new string('а', 2000)), "text/markdown");
        var page = await Html.ParseAsync(response);

        Assert.Equal("Файл больше 1 МБ.", Html.Text(page, "#file-error"));
    }

    [Fact]
    public async Task Members_cannot_reach_the_upload_and_a_post_without_a_token_is_refused()
    {
        await using var site = new SiteFactory();
        var member = await Visitors.ClientAsync(site, Roles.Member);
        var editor = await Visitors.ClientAsync(site, Roles.Editor);
        using var body = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("# x")), "Input.File", "x.md" } };

        using var denied = await member.GetAsync("/admin/documents/upload", SiteClient.Cancel);
        using var tokenless = await editor.PostAsync("/admin/documents/upload", body, SiteClient.Cancel);

        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
    }
}
