using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Docx;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>An editor's side of the document administration over HTTP: upload, wait for ingestion, review forms, commands.</summary>
public static class DocumentUploads
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A Markdown document with front matter and numbered clauses; <paramref name="marker"/> is a word only it contains.</summary>
    public static string Markdown(string designation, string marker, string type = "methodical_guideline", string extra = "") => $"""
        ---
        designation: {designation}
        title_ru: "Контроль качества медицинских ускорителей"
        type: {type}
        issuer: Минздрав России
        jurisdiction: RU
        language: ru
        status: in_force
        access: public
        {extra}
        ---

        # Контроль качества медицинских ускорителей

        ## 1. Область применения

        1.1. Документ распространяется на ускорители электронов для лучевой терапии. Проверочное слово: {marker}.

        1.2. Контроль выполняет медицинский физик.

        ## 2. Периодичность

        2.1. Ежедневные проверки включают контроль дозиметрического выхода.
        """;

    /// <summary>A Word document made from the Markdown with the corpus renderer (OpenXml): numbered headings, clauses, a title block.</summary>
    public static async Task<byte[]> DocxAsync(string markdown)
    {
        var source = await CorpusSourceReader.ReadAsync(Encoding.UTF8.GetBytes(markdown), "upload.md", SiteClient.Cancel);
        return new DocxCorpusRenderer().Render(source, SiteClient.Cancel).Bytes;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string contentType, string? access = null)
    {
        var form = await Html.GetAsync(client, "/admin/documents/upload");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Html.Token(form, "main form[enctype]")), "__RequestVerificationToken" },
            { new StringContent(access ?? ""), "Input.Access" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        body.Add(file, "Input.File", fileName);
        return await client.PostAsync("/admin/documents/upload", body, SiteClient.Cancel);
    }

    /// <summary>Uploads and follows the job page until ingestion ended; returns the finished job page.</summary>
    public static async Task<IDocument> UploadAndWaitAsync(HttpClient client, string fileName, byte[] content, string contentType)
    {
        using var response = await UploadAsync(client, fileName, content, contentType);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/documents/job/", job, StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await Html.GetAsync(client, job);
            var state = page.QuerySelector("#job-status")!.GetAttribute("data-job-state");
            if (state is "done" or "failed")
            {
                return page;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the upload is still {state}");
            await Task.Delay(200, SiteClient.Cancel);
        }
    }

    /// <summary>Uploads and returns the review page's path.</summary>
    public static async Task<string> UploadToReviewAsync(HttpClient client, string fileName, byte[] content, string contentType)
    {
        var page = await UploadAndWaitAsync(client, fileName, content, contentType);
        var review = page.QuerySelector("[data-testid=to-review]")?.GetAttribute("href");
        Assert.True(review is not null, page.QuerySelector("#job-status")?.TextContent);
        return review;
    }

    /// <summary>Posts the review page's record form with its current values, some of them changed.</summary>
    public static async Task<HttpResponseMessage> SaveMetadataAsync(HttpClient client, string reviewPath, IDictionary<string, string> changes)
    {
        var page = await Html.GetAsync(client, reviewPath);
        var form = page.QuerySelector("form.metadata-form")!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            fields[name] = element switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                _ => element.GetAttribute("value") ?? "",
            };
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields), SiteClient.Cancel);
    }

    /// <summary>Presses a command button (publish, unpublish, delete, remove-relation) of the review page.</summary>
    public static async Task<HttpResponseMessage> CommandAsync(HttpClient client, string reviewPath, string command)
    {
        var page = await Html.GetAsync(client, reviewPath);
        var form = page.QuerySelector($"button[data-command={command}]")?.Closest("form")
            ?? throw new InvalidOperationException($"no '{command}' button on {reviewPath}");
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields), SiteClient.Cancel);
    }
}
