using System.Xml.Linq;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.References;

/// <summary>The references section of a document page: clause-level references both ways, the chain, adoptions, the currency line, the graph.</summary>
public sealed class DocumentReferencesTests
{
    private static readonly string NationalSlug = ReferenceLibrary.Slug(ReferenceLibrary.National);
    private static readonly string RulesSlug = ReferenceLibrary.Slug(ReferenceLibrary.Rules);

    [Fact]
    public async Task Outgoing_references_name_the_citing_clause_and_link_to_the_cited_clause_or_show_the_designation()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{NationalSlug}");
        var rows = page.QuerySelectorAll("[data-testid=outgoing] tbody tr[data-clause='4.2']");

        Assert.Equal(2, rows.Length);
        var held = page.QuerySelector($"[data-testid=outgoing] a.reference-target[data-designation='{ReferenceLibrary.Rules}']")!;
        Assert.Equal($"/documents/{RulesSlug}/clauses/5.1", held.GetAttribute("href"));
        Assert.Equal($"{ReferenceLibrary.Rules}, п. 5.1", held.TextContent.Trim());
        Assert.Equal("#p-4-2", rows[0].QuerySelector("td a")!.GetAttribute("href"));
        var unheld = page.QuerySelector($"[data-testid=outgoing] span.unresolved[data-designation='{ReferenceLibrary.Unheld}']")!;
        Assert.Equal($"{ReferenceLibrary.Unheld}, п. 3", unheld.TextContent.Trim());
        Assert.Equal("(нет в базе)", unheld.NextElementSibling!.TextContent.Trim());
    }

    [Fact]
    public async Task Incoming_references_name_the_referring_clause_and_the_clause_of_this_document_it_cites()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{NationalSlug}");
        var row = page.QuerySelector($"[data-testid=incoming] tr:has(a[data-designation='{ReferenceLibrary.Rules}'])")!;

        Assert.Equal("4.2", row.GetAttribute("data-clause"));
        Assert.Equal($"/documents/{RulesSlug}/clauses/2", row.QuerySelector("a.reference-target")!.GetAttribute("href"));
        Assert.Equal("п. 4.2", row.QuerySelectorAll("td")[1].TextContent.Trim());

        var rules = await Html.GetAsync(site.CreateClient(), $"/documents/{RulesSlug}");
        var back = rules.QuerySelector($"[data-testid=incoming] a[data-designation='{ReferenceLibrary.National}']")!;
        Assert.Equal($"/documents/{NationalSlug}/clauses/4.2", back.GetAttribute("href"));
        Assert.Equal("5.1", back.Closest("tr")!.GetAttribute("data-clause"));
    }

    [Fact]
    public async Task The_chain_the_adoption_with_its_degree_the_amendment_and_the_currency_line_show_on_both_sides()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);
        var client = site.CreateClient();

        var national = await Html.GetAsync(client, $"/documents/{NationalSlug}");
        var step = national.QuerySelector("[data-testid=chain] li")!;
        Assert.Equal(ReferenceLibrary.Old, step.GetAttribute("data-predecessor"));
        Assert.Contains("заменяет", step.TextContent, StringComparison.Ordinal);
        Assert.Contains("с 1 марта 2025", step.TextContent, StringComparison.Ordinal);
        var adoption = national.QuerySelector("[data-testid=counterparts] li[data-type=adopts]")!;
        Assert.Equal("mod", adoption.GetAttribute("data-degree"));
        Assert.Equal("true", adoption.GetAttribute("data-outgoing"));
        Assert.Contains("MOD — модифицирован", adoption.TextContent, StringComparison.Ordinal);
        var amendment = national.QuerySelector("[data-testid=amendments] li")!;
        Assert.Equal("false", amendment.GetAttribute("data-outgoing"));
        Assert.Equal($"изменён {ReferenceLibrary.Amending}, п. 1 (п. 4.2) с 15 января 2026",
            System.Text.RegularExpressions.Regex.Replace(amendment.TextContent, @"\s+", " ").Trim());
        Assert.StartsWith("Статус проверен 2025-06; действует с 2025-03-01", Html.Text(national, "[data-testid=currency-line] span"), StringComparison.Ordinal);

        var old = await Html.GetAsync(client, $"/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Old)}?culture=en");
        Assert.Equal($"Status verified on 2025-06; superseded by {ReferenceLibrary.National} from 2025-03-01", Html.Text(old, "[data-testid=currency-line] span"));
        Assert.Equal($"/documents/{NationalSlug}", old.QuerySelector($"[data-testid=chain] a[data-designation='{ReferenceLibrary.National}']")!.GetAttribute("href"));
        Assert.Contains("In force in its place", Html.Text(old, "[data-testid=chain-current]"), StringComparison.Ordinal);

        var iec = await Html.GetAsync(client, $"/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Iec)}?culture=en");
        var adopted = iec.QuerySelector("[data-testid=counterparts] li[data-type=adopts]")!;
        Assert.Equal("false", adopted.GetAttribute("data-outgoing"));
        Assert.StartsWith("adopted by", adopted.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("MOD — modified", adopted.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_relation_graph_is_well_formed_svg_with_a_described_image_and_links_to_the_neighbours()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{NationalSlug}");
        var svg = XElement.Parse(page.QuerySelector("svg[data-testid=reference-graph]")!.OuterHtml);
        XNamespace ns = "http://www.w3.org/2000/svg";

        var image = svg.Descendants(ns + "g").Single(g => (string?)g.Attribute("role") == "img");
        Assert.Equal("graph-title graph-desc", (string?)image.Attribute("aria-labelledby"));
        Assert.Contains(ReferenceLibrary.National, svg.Element(ns + "title")!.Value, StringComparison.Ordinal);
        var description = image.Element(ns + "desc")!.Value;
        Assert.Contains($"ссылается на {ReferenceLibrary.Unheld}, {ReferenceLibrary.Rules}", description, StringComparison.Ordinal);
        Assert.Contains($"заменяет {ReferenceLibrary.Old}", description, StringComparison.Ordinal);
        Assert.Contains($"принимает {ReferenceLibrary.Iec}", description, StringComparison.Ordinal);
        var links = svg.Descendants(ns + "a").ToDictionary(a => (string)a.Attribute("data-designation")!, a => (string)a.Attribute("href")!);
        Assert.Equal($"/documents/{RulesSlug}", links[ReferenceLibrary.Rules]);
        Assert.Equal($"/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Iec)}", links[ReferenceLibrary.Iec]);
        Assert.DoesNotContain(ReferenceLibrary.Unheld, links.Keys);
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == ReferenceLibrary.Unheld);
        Assert.Empty(image.Descendants(ns + "a"));
    }

    [Fact]
    public async Task An_anonymous_visitor_sees_a_members_document_cite_this_one_only_by_its_card_and_never_a_restricted_one()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        var (_, body) = await Visitors.GetAsync(site.CreateClient(), $"/documents/{NationalSlug}");
        var page = await Html.GetAsync(site.CreateClient(), $"/documents/{NationalSlug}");
        var members = page.QuerySelector($"[data-testid=incoming] a[data-designation='{ReferenceLibrary.Members}']")!;

        Assert.Equal($"/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Members)}", members.GetAttribute("href"));
        Assert.Equal(ReferenceLibrary.Members, members.TextContent.Trim());
        Assert.DoesNotContain(ReferenceLibrary.MembersMarker, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ReferenceLibrary.Restricted, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ReferenceLibrary.RestrictedMarker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_sees_the_members_documents_citing_clause_and_an_editor_also_the_restricted_one()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);

        var member = await Html.GetAsync(await Visitors.ClientAsync(site, Roles.Member), $"/documents/{NationalSlug}");
        var editor = await Html.GetAsync(await Visitors.ClientAsync(site, Roles.Editor), $"/documents/{NationalSlug}");

        Assert.Equal($"/documents/{ReferenceLibrary.Slug(ReferenceLibrary.Members)}/clauses/7",
            member.QuerySelector($"[data-testid=incoming] a[data-designation='{ReferenceLibrary.Members}']")!.GetAttribute("href"));
        Assert.Null(member.QuerySelector($"[data-testid=incoming] [data-designation='{ReferenceLibrary.Restricted}']"));
        Assert.NotNull(editor.QuerySelector($"[data-testid=incoming] a[data-designation='{ReferenceLibrary.Restricted}']"));
    }

    [Fact]
    public async Task The_page_of_a_members_document_withholds_its_outgoing_references_from_anonymous_visitors()
    {
        await using var site = new SiteFactory();
        await ReferenceLibrary.SeedAsync(site);
        var slug = ReferenceLibrary.Slug(ReferenceLibrary.Members);

        var anonymous = await Html.GetAsync(site.CreateClient(), $"/documents/{slug}");
        var member = await Html.GetAsync(await Visitors.ClientAsync(site, Roles.Member), $"/documents/{slug}");

        Assert.Null(anonymous.QuerySelector("[data-testid=outgoing]"));
        Assert.NotNull(anonymous.QuerySelector("[data-testid=outgoing-withheld]"));
        Assert.Equal($"/documents/{NationalSlug}/clauses/1",
            member.QuerySelector($"[data-testid=outgoing] tr[data-clause='7'] a[data-designation='{ReferenceLibrary.National}']")!.GetAttribute("href"));
    }
}
