using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Clients for each kind of visitor: anonymous, or signed in with one role (a fresh account each time).</summary>
public static class Visitors
{
    public const string MemberKey = "member-key-0123456789abcdef";
    public const string EditorKey = "editor-key-fedcba9876543210";

    /// <summary>Settings that configure one member and one editor API key (their SHA-256 hashes).</summary>
    public static Dictionary<string, string?> ApiKeys() => new()
    {
        ["Api:Keys:0:Name"] = "member-tool",
        ["Api:Keys:0:Sha256"] = Hash(MemberKey),
        ["Api:Keys:0:Role"] = Roles.Member,
        ["Api:Keys:1:Name"] = "editor-tool",
        ["Api:Keys:1:Sha256"] = Hash(EditorKey),
        ["Api:Keys:1:Role"] = Roles.Editor,
    };

    public static string Hash(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>"" for anonymous, else a role name.</summary>
    public static async Task<HttpClient> ClientAsync(SiteFactory site, string role)
    {
        var client = site.CreateBrowserlikeClient();
        if (role.Length == 0)
        {
            return client;
        }

        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ratro.test";
        await site.CreateUserAsync(email, "Visitor-Pass-2024", role);
        await SiteClient.SignInAsync(client, email, "Visitor-Pass-2024");
        return client;
    }

    public static HttpClient WithKey(SiteFactory site, string key)
    {
        var client = site.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<(int Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, SiteClient.Cancel);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(SiteClient.Cancel));
    }
}
