using System.Net;
using AngleSharp.Dom;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>An editor driving the administration pages over HTTP, form by form.</summary>
public sealed class Editor
{
    private Editor(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<Editor> SignInAsync(SiteFactory site, string email = "editor@ratro.test")
    {
        await site.CreateUserAsync(email, "Editor-Pass-2024", Roles.Editor);
        var client = site.CreateBrowserlikeClient();
        await SiteClient.SignInAsync(client, email, "Editor-Pass-2024");
        return new Editor(client);
    }

    /// <summary>Creates an item through the form; returns the edit page's path.</summary>
    public async Task<string> CreateAsync(string type, string slug, string culture, string title, string body, string? summary = null)
    {
        using var response = await CreateResponseAsync(type, slug, culture, title, body, summary);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public async Task<HttpResponseMessage> CreateResponseAsync(string type, string slug, string culture, string title, string body, string? summary = null) =>
        await SiteClient.PostFormAsync(Client, $"/admin/content/create?type={type}", "/admin/content/create", new Dictionary<string, string>
        {
            ["Input.Type"] = type == "news" ? "News" : "Page",
            ["Input.Slug"] = slug,
            ["Input.Culture"] = culture,
            ["Input.Title"] = title,
            ["Input.Summary"] = summary ?? "",
            ["Input.Body"] = body,
        });

    public async Task SaveAsync(string editPath, string title, string body)
    {
        using var response = await SiteClient.PostFormAsync(Client, editPath, editPath, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = "",
            ["Input.Body"] = body,
        }, "main form.form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Presses a command button of the edit page (publish, unpublish, delete).</summary>
    public async Task<HttpResponseMessage> CommandAsync(string editPath, string command)
    {
        var page = await Html.GetAsync(Client, editPath);
        var form = page.QuerySelector($"button[data-command={command}]")?.Closest("form")
            ?? throw new InvalidOperationException($"no '{command}' button on {editPath}");
        return await PostAsync(form);
    }

    public async Task<HttpResponseMessage> PostAsync(IElement form) =>
        await Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]),
            SiteClient.Cancel);
}
