using System.Net;
using System.Text.Json;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Api;

/// <summary>/api/v1/ask: the answer as JSON with citations, problem details for bad questions, access levels, the rate limit.</summary>
public sealed class AskApiTests
{
    private static string Ask(string question) => "/api/v1/ask?q=" + Uri.EscapeDataString(question);

    [Fact]
    public async Task An_answer_comes_with_citations_that_name_document_clause_page_quote_status_and_link()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);

        using var json = await DocumentApiTests.JsonAsync(site.CreateClient(), Ask(AskLibrary.LimitQuestion));
        var root = json.RootElement;
        var citation = root.GetProperty("citations")[0];

        Assert.False(root.GetProperty("refused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
        Assert.Contains("20 мЗв", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.01, 1);
        Assert.Equal(AskLibrary.Norms, citation.GetProperty("canonical").GetString());
        Assert.Equal("3.1.1", citation.GetProperty("clause").GetString());
        Assert.Equal(4, citation.GetProperty("page").GetInt32());
        Assert.Contains("20 мЗв в год", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("in_force", citation.GetProperty("status").GetString());
        Assert.Equal($"/documents/{AskLibrary.Slug(AskLibrary.Norms)}#p-3-1-1", citation.GetProperty("link").GetString());
    }

    [Fact]
    public async Task A_question_without_an_answer_is_refused_with_the_reason_and_the_closest_documents_field()
    {
        await using var site = new SiteFactory();
        await AskLibrary.SeedAsync(site);

        using var json = await DocumentApiTests.JsonAsync(site.CreateClient(), Ask(AskLibrary.UnansweredQuestion));

        Assert.True(json.RootElement.GetProperty("refused").GetBoolean());
        Assert.Equal("not_found", json.RootElement.GetProperty("reason").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("closest").ValueKind);
    }

    public static TheoryData<string, string> BadQuestions => new()
    {
        { "/api/v1/ask", "The question (q) is empty" },
        { "/api/v1/ask?q=", "The question (q) is empty" },
        { "/api/v1/ask?q=%20%09%20", "The question (q) is empty" },
        { "/api/v1/ask?q=" + new string('a', 2001), "The question is 2001 characters long; the limit is 2000." },
        { "/api/v1/ask?q=%3F%3F%3F+123", "The question has no words to look for" },
        { "/api/v1/ask?q=dose&lang=de", "lang must be 'ru' or 'en'." },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task A_bad_question_is_a_400_problem_with_a_specific_reason(string url, string detail)
    {
        await using var site = new SiteFactory();

        using var response = await site.CreateClient().GetAsync(url, SiteClient.Cancel);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(SiteClient.Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_members_only_answer_reaches_a_member_key_and_never_an_anonymous_caller()
    {
        await using var site = new SiteFactory(Visitors.ApiKeys());
        await AskLibrary.SeedAsync(site);

        var (_, anonymous) = await Visitors.GetAsync(site.CreateClient(), Ask(AskLibrary.GuideQuestion));
        using var member = await DocumentApiTests.JsonAsync(Visitors.WithKey(site, Visitors.MemberKey), Ask(AskLibrary.GuideQuestion));

        var decoded = JsonDocument.Parse(anonymous).RootElement.ToString();
        Assert.True(JsonDocument.Parse(anonymous).RootElement.GetProperty("refused").GetBoolean());
        foreach (var secret in AskLibrary.GuideSecrets)
        {
            Assert.DoesNotContain(secret, decoded, StringComparison.Ordinal);
        }

        Assert.Equal(AskLibrary.Guide, member.RootElement.GetProperty("citations")[0].GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task Questions_over_the_ask_limit_get_429_on_the_api_and_the_page()
    {
        await using var site = new SiteFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Ask:PermitLimit"] = "2",
            ["RateLimits:Ask:WindowSeconds"] = "3600",
        });
        var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { Ask("доза"), Ask("доза"), Ask("доза"), "/ask?q=%D0%B4%D0%BE%D0%B7%D0%B0" })
        {
            using var response = await client.GetAsync(url, SiteClient.Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var search = await client.GetAsync("/api/v1/search?q=%D0%B4%D0%BE%D0%B7%D0%B0", SiteClient.Cancel);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }
}
