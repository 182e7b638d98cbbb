using System.Text.Json;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Api;

/// <summary>/api/v1/documents/{slug}/references: outgoing, incoming, supersession and adoptions, cut to the caller's access.</summary>
public sealed class ReferencesApiTests
{
    private static string Url(string designation) => $"/api/v1/documents/{ReferenceLibrary.Slug(designation)}/references";

    [Fact]
    public async Task The_references_of_a_document_list_clause_level_links_both_ways_the_chain_and_the_adoption()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        using var json = await DocumentApiTests.JsonAsync(site.CreateClient(), Url(ReferenceLibrary.National));
        var root = json.RootElement;

        var outgoing = root.GetProperty("outgoing").EnumerateArray().Select(Line).ToList();
        Assert.Equal(
            [$"cites 4.2 → {ReferenceLibrary.Unheld} 3 (none)", $"cites 4.2 → {ReferenceLibrary.Rules} 5.1 (/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Rules)}/clauses/5.1)"],
            outgoing);
        var incoming = root.GetProperty("incoming").EnumerateArray().Select(Line).ToList();
        Assert.Contains($"cites 4.2 → {ReferenceLibrary.Rules} 2 (/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Rules)}/clauses/2)", incoming);
        Assert.Contains($"cites 1 → {ReferenceLibrary.Members} - (/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Members)})", incoming);
        Assert.Equal(2, incoming.Count);
        var step = root.GetProperty("supersession").GetProperty("supersedes")[0];
        Assert.Equal(ReferenceLibrary.Old, step.GetProperty("predecessor").GetProperty("designation").GetString());
        Assert.Equal("2025-03-01", step.GetProperty("on").GetString());
        var adoption = root.GetProperty("adoptions")[0];
        Assert.Equal(("adopts", "outgoing", "mod", ReferenceLibrary.Iec),
            (adoption.GetProperty("type").GetString(), adoption.GetProperty("direction").GetString(), adoption.GetProperty("degree").GetString(),
                adoption.GetProperty("other").GetProperty("designation").GetString()));
        Assert.Equal($"amends 4.2 → {ReferenceLibrary.Amending} 1 (/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Amending)}/clauses/1)",
            Line(root.GetProperty("amendments")[0]));
        Assert.Equal("2026-01-15", root.GetProperty("amendments")[0].GetProperty("on").GetString());
        Assert.StartsWith("Status verified on 2025-06", root.GetProperty("currencyEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_no_outgoing_references_of_a_members_document_and_nothing_restricted()
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await ReferenceLibrary.SeedAsync(site);

        var (status, members) = await Visitors.GetAsync(site.CreateClient(), Url(ReferenceLibrary.Members));
        var (_, national) = await Visitors.GetAsync(site.CreateClient(), Url(ReferenceLibrary.National));
        using var asMember = await DocumentApiTests.JsonAsync(Visitors.WithKey(site, Visitors.MemberKey), Url(ReferenceLibrary.Members));
        var (restrictedStatus, _) = await Visitors.GetAsync(site.CreateClient(), Url(ReferenceLibrary.Restricted));

        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(members).RootElement.GetProperty("outgoing").ValueKind);
        Assert.Equal(404, restrictedStatus);
        foreach (var body in new[] { members, national })
        {
            Assert.DoesNotContain(ReferenceLibrary.MembersMarker, body, StringComparison.Ordinal);
            Assert.DoesNotContain(ReferenceLibrary.Restricted, body, StringComparison.Ordinal);
        }

        Assert.Equal($"cites 7 → {ReferenceLibrary.National} 1 (/documents/{ReferenceLibrary.Slug(ReferenceLibrary.National)}/clauses/1)",
            Line(asMember.RootElement.GetProperty("outgoing")[0]));
    }

    private static string Line(JsonElement item)
    {
        var other = item.GetProperty("other");
        return $"{item.GetProperty("type").GetString()} {item.GetProperty("clause").GetString() ?? "-"} → {other.GetProperty("designation").GetString()} " +
               $"{other.GetProperty("clause").GetString() ?? "-"} ({other.GetProperty("link").GetString() ?? "none"})";
    }
}
