using AngleSharp;
using AngleSharp.Dom;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Parses responses as HTML documents and reads forms from them.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Context.OpenAsync(request => request.Content(html), TestContext.Current.CancellationToken);
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>The antiforgery token of the first form matching the selector.</summary>
    public static string Token(IDocument document, string formSelector = "main form[method=post]")
    {
        var form = document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form '{formSelector}'");
        return form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"form '{formSelector}' has no antiforgery token");
    }

    public static string Text(IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"nothing matches '{selector}'");
}
