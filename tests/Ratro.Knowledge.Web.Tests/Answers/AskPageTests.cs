using System.Net;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Answers;

/// <summary>/ask: the answer with citations linking to the clause, the honest refusal, the superseded note, access levels.</summary>
public sealed class AskPageTests
{
    private static string Ask(string question, string culture = "") =>
        "/ask?q=" + Uri.EscapeDataString(question) + (culture.Length > 0 ? "&culture=" + culture : "");

    [Fact]
    public async Task The_answer_cites_the_clause_with_page_quote_and_status_and_links_to_its_place_in_the_document()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);
        var client = site.CreateClient();

        var page = await Html.GetAsync(client, Ask(AskLibrary.LimitQuestion));
        var citation = page.QuerySelector("[data-testid=citations] li.citation")!;
        var link = citation.QuerySelector("a.citation-link")!.GetAttribute("href")!;

        Assert.Contains("20 мЗв", Html.Text(page, "[data-testid=answer] .answer-text"), StringComparison.Ordinal);
        Assert.Equal(AskLibrary.Norms, citation.GetAttribute("data-canonical"));
        Assert.Equal("3.1.1", citation.GetAttribute("data-clause"));
        Assert.Equal($"/documents/{AskLibrary.Slug(AskLibrary.Norms)}#p-3-1-1", link);
        Assert.Equal("с. 4", citation.QuerySelector(".pages")!.TextContent.Trim());
        Assert.Equal("Действует", citation.QuerySelector(".badge-status")!.TextContent.Trim());
        Assert.Contains("20 мЗв в год", citation.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=superseded-note]"));
        Assert.Equal("#citation-1", page.QuerySelector("[data-testid=answer] .answer-text a.citation-marker")!.GetAttribute("href"));
        Assert.Equal("citation-1", citation.Id);
        var document = await Html.GetAsync(client, link.Split('#')[0]);
        Assert.Contains("20 мЗв", document.GetElementById(link.Split('#')[1])!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_base_does_not_answer_is_refused_honestly_in_the_visitors_language()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), Ask(AskLibrary.UnansweredQuestion, "en"));

        var refused = page.QuerySelector("[data-testid=refused]")!;
        Assert.Equal("not_found", refused.GetAttribute("data-reason"));
        Assert.Equal("No answer", Html.Text(page, "#refused-heading"));
        Assert.StartsWith("В базе нет ответа", Html.Text(page, "[data-testid=refused] .answer-text"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=citations]"));
    }

    [Fact]
    public async Task A_citation_of_a_superseded_document_carries_its_status_and_a_note()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);

        var page = await Html.GetAsync(site.CreateClient(), Ask(AskLibrary.OldQuestion));
        var citation = page.QuerySelector($"[data-testid=citations] li.citation[data-canonical='{AskLibrary.OldRules}']")!;

        Assert.Equal("superseded", citation.QuerySelector(".badge-status")!.GetAttribute("data-status"));
        Assert.Contains(AskLibrary.Norms, citation.QuerySelector(".status-note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=superseded-note]"));
    }

    [Fact]
    public async Task A_members_only_answer_never_reaches_an_anonymous_visitor_but_reaches_a_member()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);

        var (status, anonymous) = await Visitors.GetAsync(site.CreateClient(), Ask(AskLibrary.GuideQuestion));
        var member = await Html.GetAsync(await Visitors.ClientAsync(site, Roles.Member), Ask(AskLibrary.GuideQuestion));

        Assert.Equal(200, status);
        Assert.Contains("data-testid=\"refused\"", anonymous, StringComparison.Ordinal);
        foreach (var secret in AskLibrary.GuideSecrets)
        {
            Assert.DoesNotContain(secret, anonymous, StringComparison.Ordinal);
        }

        Assert.Equal(AskLibrary.Guide, member.QuerySelector("[data-testid=citations] li.citation")!.GetAttribute("data-canonical"));
        Assert.Contains("7 мЗв", Html.Text(member, "[data-testid=citations] blockquote"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_question_the_page_invites_one_and_a_question_over_the_limit_is_a_bad_request()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        var empty = await Html.GetAsync(client, "/ask?q=%20%20&culture=en");
        using var tooLong = await client.GetAsync(Ask(new string('а', 2001)), SiteClient.Cancel);
        var home = await Html.GetAsync(client, "/");

        Assert.Equal("Ask the knowledge base", Html.Text(empty, "main h1"));
        Assert.Null(empty.QuerySelector("[data-testid=answer], [data-testid=refused]"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var refused = (await Html.ParseAsync(tooLong)).QuerySelector("[data-testid=refused]")!;
        Assert.Equal("question_too_long", refused.GetAttribute("data-reason"));
        var form = home.QuerySelector("form:has(#ask-q)")!;
        Assert.Equal(("get", "/ask", "q"), (form.GetAttribute("method"), form.GetAttribute("action"), form.QuerySelector("#ask-q")!.GetAttribute("name")));
    }
}
