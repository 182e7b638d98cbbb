using System.Text.Json;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Answers.Plugins;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// Answers use only documents the caller may read. In the corpus AAPM TG-100 (risk analysis, the only document on
/// FMEA) and IEC 60601-2-1:2020 are members-only: an anonymous caller gets a refusal that shows nothing of them —
/// checked on the whole serialized answer — and a member gets the answer. The same holds for the plugin functions.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class AccessLevelTests(SeededCorpus corpus)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Question, the members-only canonical designation, words only its clause has.</summary>
    public static TheoryData<string, string, string> MembersOnly => new()
    {
        { "How is the risk priority number calculated in failure modes and effects analysis?", "AAPM TG-100", "RPN = O x S x D" },
        { "Как рассчитывается приоритетное число риска при анализе видов и последствий отказов (FMEA)?", "AAPM TG-100", "RPN = O x S x D" },
        { "Что сказано в п. 201.10 IEC 60601-2-1:2020?", "IEC 60601-2-1:2020", "misdirected radiation: the dose monitoring system" },
        { "What does clause 201.10 of IEC 60601-2-1:2020 require?", "IEC 60601-2-1:2020", "misdirected radiation: the dose monitoring system" },
    };

    [Theory]
    [MemberData(nameof(MembersOnly))]
    public async Task An_anonymous_caller_gets_a_refusal_that_shows_nothing_of_a_members_only_document(string question, string canonical, string text)
    {
        var answer = await corpus.Services.AskAsync(question, AccessLevel.Public);

        Assert.True(answer.Refused, answer.Text);
        Assert.Empty(answer.Citations);
        var serialized = JsonSerializer.Serialize(answer, Json);
        Assert.Contains(answer.Text, serialized, StringComparison.Ordinal);
        Assert.DoesNotContain(canonical, serialized, StringComparison.Ordinal);
        Assert.DoesNotContain(text, serialized, StringComparison.Ordinal);
        Assert.DoesNotContain(Slugs.ForCanonical(canonical), serialized, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MembersOnly))]
    public async Task A_member_gets_the_answer_from_the_members_only_document(string question, string canonical, string text)
    {
        var answer = await corpus.Services.AskAsync(question, AccessLevel.Members);

        Assert.False(answer.Refused, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Canonical == canonical);
        Assert.Contains(text, citation.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plugin_of_an_anonymous_caller_finds_nothing_of_a_members_only_document()
    {
        var plugin = corpus.Services.Get<KnowledgeBasePluginFactory>().For(AccessLevel.Public);
        var token = TestContext.Current.CancellationToken;

        var hits = await plugin.SearchAsync("risk priority number failure modes and effects analysis", 20, token);
        var clause = await plugin.GetClauseAsync("IEC 60601-2-1:2020", "201.10", token);
        var byAlias = await plugin.GetClauseAsync("TG-100", "Failure modes and effects analysis", token);
        var status = await plugin.StatusAsync("AAPM TG-100", token);
        var references = await plugin.ReferencesAsync("IEC 60601-2-1:2020", "both", token);

        var serialized = JsonSerializer.Serialize(new object[] { hits, clause, byAlias, status, references }, Json);
        Assert.DoesNotContain("AAPM TG-100", serialized, StringComparison.Ordinal);
        Assert.DoesNotContain("IEC 60601-2-1:2020", serialized, StringComparison.Ordinal);
        Assert.DoesNotContain("RPN", serialized, StringComparison.Ordinal);
        Assert.False(clause.Found);
        Assert.False(byAlias.Found);
        Assert.False(status.Found);
        Assert.Empty(references);
    }

    [Fact]
    public async Task The_plugin_of_a_member_reads_the_members_only_document()
    {
        var plugin = corpus.Services.Get<KnowledgeBasePluginFactory>().For(AccessLevel.Members);
        var token = TestContext.Current.CancellationToken;

        var hits = await plugin.SearchAsync("risk priority number failure modes and effects analysis", 5, token);
        var clause = await plugin.GetClauseAsync("IEC 60601-2-1:2020", "201.10", token);
        var status = await plugin.StatusAsync("AAPM TG-100", token);
        var references = await plugin.ReferencesAsync("IEC 60601-2-1:2020", "outgoing", token);

        Assert.Equal("AAPM TG-100", hits[0].Canonical);
        Assert.True(clause.Found);
        Assert.Equal("201.10", clause.Key);
        Assert.Contains("misdirected radiation", clause.Text);
        Assert.Equal("/documents/iec-60601-2-1-2020#p-201-10", clause.Link);
        Assert.True(status.Found);
        Assert.Equal("in_force", status.Status);
        Assert.Contains(references, r => r.Type == "supersedes" && r.Target == "IEC 60601-2-1:2009");
    }
}
