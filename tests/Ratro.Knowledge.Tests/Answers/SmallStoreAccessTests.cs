using System.Text.Json;
using Ratro.Knowledge.Answers.Plugins;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// Access on a store of our own where a members-only guide holds the only answer: anonymous callers get a refusal
/// without any trace of it (by topic and by "п. 3.1.2 МР 9.9.9-99"), members get it, and so does the plugin.
/// </summary>
public sealed class SmallStoreAccessTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("Какая годовая доза операторов установки гамма-нож?")]
    [InlineData("Что сказано в п. 3.1.2 МР 9.9.9-99?")]
    public async Task Only_members_get_the_answer_of_a_members_only_document(string question)
    {
        var anonymous = await fixture.Services.AskAsync(question, AccessLevel.Public);
        var member = await fixture.Services.AskAsync(question, AccessLevel.Members);

        Assert.True(anonymous.Refused, anonymous.Text);
        var serialized = JsonSerializer.Serialize(anonymous, Readable);
        Assert.Contains("В базе нет ответа", serialized, StringComparison.Ordinal);
        foreach (var secret in new[] { "9.9.9-99", "гамма-нож", "7 мЗв", "Методика для членов" })
        {
            Assert.DoesNotContain(secret, serialized, StringComparison.Ordinal);
        }

        Assert.False(member.Refused, member.Text);
        Assert.Equal("МР 9.9.9-99", member.Citations[0].Canonical);
        Assert.Contains("7 мЗв", member.Citations[0].Quote);
    }

    [Fact]
    public async Task The_plugin_answers_like_the_service()
    {
        var factory = fixture.Services.Get<KnowledgeBasePluginFactory>();
        var token = TestContext.Current.CancellationToken;

        var anonymous = await factory.For(AccessLevel.Public).GetClauseAsync("МР 9.9.9-99", "п. 3.1.2", token);
        var member = await factory.For(AccessLevel.Members).GetClauseAsync("МР 9.9.9-99", "п. 3.1.2", token);
        var missing = await factory.For(AccessLevel.Public).GetClauseAsync("МР 1.1.1-11", "3.1.2", token);
        var search = await factory.For(AccessLevel.Public).SearchAsync("гамма-нож операторов", 10, token);

        Assert.False(anonymous.Found);
        Assert.Equal(missing.Message, anonymous.Message);
        Assert.True(member.Found);
        Assert.Equal("3.1.2", member.Key);
        Assert.DoesNotContain(search, h => h.Canonical == "МР 9.9.9-99");
    }
}
