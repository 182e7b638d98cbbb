using System.Net;
using AngleSharp.Dom;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Form posts the way a browser sends them: the page is fetched first for its antiforgery token.</summary>
public static class SiteClient
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Fetches <paramref name="pageUrl"/>, takes the token of the matching form and posts the fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await Html.GetAsync(client, pageUrl);
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", Html.Token(page, formSelector)) };
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(values), Cancel);
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/account/login", "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Signs in and checks that the site accepted the credentials (a redirect, not the form again).</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await LoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await Html.GetAsync(client, redirect.Headers.Location!.OriginalString);
    }
}
