using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Caching;

/// <summary>Anonymous document pages are served from the output cache until a document changes; nobody else's are.</summary>
public sealed class OutputCacheTests
{
    [Fact]
    public async Task An_anonymous_page_comes_from_the_cache_until_a_document_changes()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateClient();

        using var first = await client.GetAsync("/documents", SiteClient.Cancel);
        using var second = await client.GetAsync("/documents", SiteClient.Cancel);
        await StoreSeed.SeedAsync(site, StoreSeed.Make("МУ 2.6.1.4242-25", DocumentType.MethodicalGuideline, DateTimeOffset.UtcNow));
        using var third = await client.GetAsync("/documents", SiteClient.Cancel);

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
        Assert.Equal(await first.Content.ReadAsStringAsync(SiteClient.Cancel), await second.Content.ReadAsStringAsync(SiteClient.Cancel));
        Assert.False(third.Headers.Contains("Age"));
        Assert.Contains("МУ 2.6.1.4242-25", await third.Content.ReadAsStringAsync(SiteClient.Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/documents")]
    [InlineData("/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9")]
    [InlineData("/api/v1/documents")]
    public async Task Signed_in_and_keyed_callers_never_get_the_anonymous_copy(string url)
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await Library.SeedAsync(site);
        var anonymous = site.CreateClient();
        await anonymous.GetStringAsync(url, SiteClient.Cancel);
        await anonymous.GetStringAsync(url, SiteClient.Cancel);

        var member = await Visitors.ClientAsync(site, Roles.Member);
        using var signedIn = await member.GetAsync(url, SiteClient.Cancel);
        using var keyed = await Visitors.WithKey(site, Visitors.MemberKey).GetAsync(url, SiteClient.Cancel);

        Assert.False(signedIn.Headers.Contains("Age"));
        Assert.False(keyed.Headers.Contains("Age"));
        Assert.Contains(Library.Members, await signedIn.Content.ReadAsStringAsync(SiteClient.Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_is_part_of_the_cache_key()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateBrowserlikeClient();
        await client.GetStringAsync("/glossary", SiteClient.Cancel);

        using var switched = await client.GetAsync("/culture/en?returnUrl=%2Fglossary", SiteClient.Cancel);
        var english = await Html.GetAsync(client, "/glossary");

        Assert.Equal("Glossary", Html.Text(english, "main h1"));
    }
}
