using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Access;

/// <summary>
/// Every surface that shows documents, for every kind of caller: what they get (status) and whether the members-only,
/// restricted and draft marker sentences appear anywhere in the response.
/// </summary>
public sealed class AccessLevelTests
{
    private static readonly string MembersSlug = Library.Slug(Library.Members);
    private static readonly string RestrictedSlug = Library.Slug(Library.Restricted);
    private static readonly string DraftSlug = Library.Slug(Library.Draft);

    /// <summary>Every URL that could carry a hidden document's text, card, snippet or file.</summary>
    public static IReadOnlyList<string> Surfaces { get; } =
    [
        "/", "/documents", "/documents?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", "/documents?type=methodical_guideline",
        $"/documents/{MembersSlug}", $"/documents/{MembersSlug}/clauses/1", $"/documents/{MembersSlug}/original",
        $"/documents/{RestrictedSlug}", $"/documents/{RestrictedSlug}/clauses/1", $"/documents/{RestrictedSlug}/original",
        $"/documents/{DraftSlug}", $"/documents/{DraftSlug}/clauses/1", $"/documents/{DraftSlug}/original",
        "/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", "/search?q=%D0%BA%D0%BE%D0%BB%D0%BB%D0%B8%D0%BC%D0%B0%D1%82%D0%BE%D1%80",
        "/search?q=%D0%B4%D0%BE%D0%B7%D0%B8%D0%BC%D0%B5%D1%82%D1%80", "/search?q=%D1%84%D0%B0%D0%BD%D1%82%D0%BE%D0%BC",
        "/search?type=methodical_guideline", "/feeds/documents.atom", "/feeds/status.atom", "/sitemap.xml",
        "/api/v1/documents", "/api/v1/documents?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", $"/api/v1/documents/{MembersSlug}",
        $"/api/v1/documents/{MembersSlug}/clauses/1", $"/api/v1/documents/{RestrictedSlug}", $"/api/v1/documents/{DraftSlug}",
        "/api/v1/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", "/api/v1/search?q=%D1%84%D0%B0%D0%BD%D1%82%D0%BE%D0%BC&clauses=20",
        "/api/v1/search?type=methodical_guideline", "/glossary", "/api/v1/glossary",
    ];

    [Fact]
    public async Task An_anonymous_visitor_never_receives_a_hidden_documents_text_on_any_surface()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);
        var client = site.CreateBrowserlikeClient();

        foreach (var url in Surfaces)
        {
            var (_, body) = await Visitors.GetAsync(client, url);
            foreach (var marker in Library.HiddenMarkers)
            {
                Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{url} carries '{marker}'");
            }

            Assert.DoesNotContain(Library.Restricted, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Library.Draft, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_member_reads_members_documents_but_never_restricted_ones_or_drafts()
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await Library.SeedAsync(site);
        var cookie = await Visitors.ClientAsync(site, Roles.Member);
        var key = Visitors.WithKey(site, Visitors.MemberKey);

        foreach (var client in new[] { cookie, key })
        {
            foreach (var url in Surfaces.Where(u => client == cookie || u.StartsWith("/api/", StringComparison.Ordinal)))
            {
                var (_, body) = await Visitors.GetAsync(client, url);
                Assert.False(body.Contains(Library.RestrictedMarker, StringComparison.OrdinalIgnoreCase), $"{url} carries the restricted marker");
                Assert.False(body.Contains(Library.DraftMarker, StringComparison.OrdinalIgnoreCase), $"{url} carries the draft marker");
            }
        }

        Assert.Contains(Library.MembersSentence, (await Visitors.GetAsync(cookie, $"/documents/{MembersSlug}")).Body, StringComparison.Ordinal);
        Assert.Contains(Library.MembersSentence, (await Visitors.GetAsync(key, $"/api/v1/documents/{MembersSlug}/clauses/1")).Body, StringComparison.Ordinal);
    }

    /// <summary>caller ("" anonymous, a role, or "key:member"/"key:editor"/"key:wrong"), url, expected status, whether the members marker shows.</summary>
    private static readonly (string Caller, string Url, int Status, bool MembersText)[] Expectations =
    [
        ("", $"/documents/{MembersSlug}", 200, false),
        ("", $"/documents/{MembersSlug}/clauses/1", 403, false),
        ("", $"/documents/{MembersSlug}/original", 403, false),
        ("", $"/api/v1/documents/{MembersSlug}", 200, false),
        ("", $"/api/v1/documents/{MembersSlug}/clauses/1", 403, false),
        ("", $"/documents/{RestrictedSlug}", 404, false),
        ("", $"/documents/{DraftSlug}", 404, false),
        ("", $"/api/v1/documents/{RestrictedSlug}", 404, false),
        ("", "/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", 200, false),
        ("", "/api/v1/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", 200, false),
        (Roles.Member, $"/documents/{MembersSlug}", 200, true),
        (Roles.Member, $"/documents/{MembersSlug}/clauses/1", 200, true),
        (Roles.Member, $"/documents/{MembersSlug}/original", 200, false),
        (Roles.Member, "/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", 200, true),
        (Roles.Member, "/documents?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", 200, false),
        (Roles.Member, $"/api/v1/documents/{MembersSlug}", 200, true),
        (Roles.Member, $"/documents/{RestrictedSlug}", 404, false),
        (Roles.Member, $"/documents/{DraftSlug}/clauses/1", 404, false),
        (Roles.Member, $"/documents/{RestrictedSlug}/original", 404, false),
        (Roles.Member, "/feeds/documents.atom", 200, false),
        (Roles.Member, "/sitemap.xml", 200, false),
        ("key:member", $"/api/v1/documents/{MembersSlug}", 200, true),
        ("key:member", "/api/v1/search?q=%D0%BA%D0%B2%D0%B0%D0%B7%D0%B8%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%87%D0%B5%D1%81%D0%BA%D0%B8%D0%B9", 200, true),
        ("key:member", $"/api/v1/documents/{RestrictedSlug}", 404, false),
        ("key:member", $"/documents/{MembersSlug}/clauses/1", 403, false),
        ("key:wrong", "/api/v1/documents", 401, false),
        ("key:wrong", $"/api/v1/documents/{MembersSlug}/clauses/1", 401, false),
        (Roles.Editor, $"/documents/{RestrictedSlug}/clauses/1", 200, false),
        (Roles.Editor, $"/documents/{DraftSlug}", 200, false),
        (Roles.Editor, $"/documents/{DraftSlug}/original", 200, false),
        (Roles.Editor, "/feeds/status.atom", 200, false),
        ("key:editor", $"/api/v1/documents/{RestrictedSlug}/clauses/1", 200, false),
        ("key:editor", $"/api/v1/documents/{DraftSlug}", 200, false),
    ];

    public static TheoryData<string> Callers => new(Expectations.Select(e => e.Caller).Distinct());

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_gets_exactly_its_access(string caller)
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await Library.SeedAsync(site);
        var client = caller switch
        {
            "key:member" => Visitors.WithKey(site, Visitors.MemberKey),
            "key:editor" => Visitors.WithKey(site, Visitors.EditorKey),
            "key:wrong" => Visitors.WithKey(site, "not-a-key"),
            _ => await Visitors.ClientAsync(site, caller),
        };

        foreach (var (_, url, status, membersText) in Expectations.Where(e => e.Caller == caller))
        {
            var (actual, body) = await Visitors.GetAsync(client, url);

            Assert.True(status == actual, $"{url}: expected {status}, got {actual}");
            Assert.True(membersText == body.Contains(Library.MembersMarker, StringComparison.OrdinalIgnoreCase), $"{url}: members text shown = {!membersText}");
        }
    }

    [Fact]
    public async Task Facet_counts_cover_only_what_the_caller_may_read()
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await Library.SeedAsync(site);

        async Task<string?> CountAsync(HttpClient client)
        {
            var page = await Html.GetAsync(client, "/documents");
            return page.QuerySelector("[data-facet=type] a[data-value=methodical_guideline] .count")?.TextContent.Trim('(', ')');
        }

        Assert.Null(await CountAsync(site.CreateClient()));
        Assert.Equal("1", await CountAsync(await Visitors.ClientAsync(site, Roles.Member)));
        Assert.Equal("3", await CountAsync(await Visitors.ClientAsync(site, Roles.Editor)));
        var (_, json) = await Visitors.GetAsync(Visitors.WithKey(site, Visitors.MemberKey), "/api/v1/documents");
        Assert.Contains("{\"value\":\"methodical_guideline\",\"count\":1}", json, StringComparison.Ordinal);
        var (_, anonymous) = await Visitors.GetAsync(site.CreateClient(), "/api/v1/documents");
        Assert.DoesNotContain("methodical_guideline", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_of_a_members_document_shows_to_everyone_with_the_members_notice()
    {
        await using var site = new SiteFactory();
        await Library.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{MembersSlug}");
        var (_, api) = await Visitors.GetAsync(site.CreateClient(), $"/api/v1/documents/{MembersSlug}");

        Assert.Equal(Library.Members, Html.Text(page, "h1 .designation"));
        Assert.Equal("для членов РАТРО", Html.Text(page, "dd[data-field=access]"));
        Assert.StartsWith("Текст этого документа доступен членам РАТРО.", Html.Text(page, "[data-testid=members-only]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("ol.clauses"));
        Assert.Null(page.QuerySelector("dd[data-field=original]"));
        Assert.Contains("\"readable\":false", api, StringComparison.Ordinal);
        Assert.Contains("\"clauses\":null", api, StringComparison.Ordinal);
    }
}
