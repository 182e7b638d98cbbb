using System.Text.RegularExpressions;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Answers.Generative;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// The generative answerer through Semantic Kernel with a scripted chat client: citations the clauses support are
/// kept, fabricated ones removed and flagged, the not-found token refuses, and a failing, hanging or nonsense
/// endpoint gives the extractive answer with a note.
/// </summary>
public sealed partial class GenerativeAnswerTests
{
    private const string Question = "Каков предел эффективной дозы для персонала группы А?";

    /// <summary>The number the prompt gave the clause whose text contains <paramref name="words"/>.</summary>
    private static int Marker(string prompt, string words)
    {
        var blocks = ClauseBlock().Matches(prompt);
        return blocks.Where(b => b.Groups["text"].Value.Contains(words, StringComparison.Ordinal)).Select(b => int.Parse(b.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).First();
    }

    [Fact]
    public async Task Valid_citations_are_kept_renumbered_and_their_quotes_verified()
    {
        var chat = new ScriptedChatClient(p =>
            $"Предел составляет 20 мЗв в год \"в среднем за 5 лет\" [{Marker(p, "группы А")}]. Для населения — 1 мЗв [{Marker(p, "Для населения")}].");
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question);

        Assert.Equal(AnswerMethods.Generative, answer.Method);
        Assert.False(answer.Refused);
        Assert.Equal(1, chat.Calls);
        Assert.Contains("[1]", answer.Text);
        Assert.Contains("[2]", answer.Text);
        Assert.Equal(["3.1.1", "3.1.2"], answer.Citations.Select(c => c.Clause.Key));
        Assert.Equal("в среднем за 5 лет", answer.Citations[0].Quote);
        Assert.Empty(answer.Notes);
        Assert.Contains(Question, chat.LastPrompt);
        Assert.Contains("СанПиН 2.6.1.2523-09 (НРБ-99/2009), п. 3.1.1", chat.LastPrompt);
        Assert.Contains(AnswerPrompt.NotFoundToken, chat.LastPrompt);
        Assert.Contains("Write in Russian", chat.LastPrompt);
    }

    [Fact]
    public async Task A_citation_of_a_clause_that_was_not_retrieved_is_removed_and_flagged()
    {
        var chat = new ScriptedChatClient(p => $"Предел — 20 мЗв в год [{Marker(p, "группы А")}]. Также действует 99 мЗв для всех [17].");
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question);

        Assert.Equal(AnswerMethods.Generative, answer.Method);
        Assert.DoesNotContain("99 мЗв", answer.Text);
        Assert.DoesNotContain("[17]", answer.Text);
        Assert.Equal("3.1.1", Assert.Single(answer.Citations).Clause.Key);
        Assert.Contains(answer.Notes, n => n.Contains("[17]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quote_the_clause_does_not_contain_is_removed_and_flagged()
    {
        var chat = new ScriptedChatClient(p =>
            $"Предел «не должен превышать 35 мЗв в год» [{Marker(p, "группы А")}]. Для населения — 1 мЗв [{Marker(p, "Для населения")}].");
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question);

        Assert.DoesNotContain("35 мЗв", answer.Text);
        Assert.Equal("3.1.2", Assert.Single(answer.Citations).Clause.Key);
        Assert.Contains(answer.Notes, n => n.Contains("цитаты нет", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_no_valid_citation_remains_the_answer_is_extractive_with_a_note()
    {
        var chat = new ScriptedChatClient(_ => "Предел — 35 мЗв [12]. Это всё, что известно.");
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question);

        Assert.Equal(AnswerMethods.Extractive, answer.Method);
        Assert.Equal("3.1.1", answer.Citations[0].Clause.Key);
        Assert.Contains(AnswerTexts.ChatUnusable("ru"), answer.Notes);
    }

    [Fact]
    public async Task The_not_found_token_gives_a_refusal()
    {
        var chat = new ScriptedChatClient(_ => AnswerPrompt.NotFoundToken);
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question);

        Assert.True(answer.Refused);
        Assert.Equal(RefusalReason.NotFound, answer.RefusalReason);
        Assert.Equal(AnswerMethods.Generative, answer.Method);
        Assert.StartsWith(AnswerTexts.NotFound("ru"), answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData(ScriptedBehaviour.Hang, "не ответил вовремя")]
    [InlineData(ScriptedBehaviour.Fail, "недоступен")]
    public async Task A_slow_or_failing_endpoint_gives_the_extractive_answer_with_a_note(ScriptedBehaviour behaviour, string note)
    {
        var chat = new ScriptedChatClient(_ => "", behaviour);
        await using var store = await SmallStore.OpenAsync(chat, new Dictionary<string, string?> { ["Answers:Chat:TimeoutSeconds"] = "1" });

        var answer = await store.Services.AskAsync(Question);

        Assert.Equal(AnswerMethods.Extractive, answer.Method);
        Assert.False(answer.Refused);
        Assert.Equal("3.1.1", answer.Citations[0].Clause.Key);
        Assert.Contains(answer.Notes, n => n.Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_real_client_on_a_closed_port_fails_at_once_and_the_answer_is_extractive()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Answers:Chat:Provider"] = "openai",
            ["Answers:Chat:Model"] = "any",
            ["Answers:Chat:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Answers:Chat:TimeoutSeconds"] = "20",
        };
        await using var store = await SmallStore.OpenAsync(settings: settings);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var answer = await store.Services.AskAsync(Question);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}: the client must not retry");
        Assert.Equal(AnswerMethods.Extractive, answer.Method);
        Assert.Contains(AnswerTexts.ChatUnavailable("ru"), answer.Notes);
        Assert.Equal("3.1.1", answer.Citations[0].Clause.Key);
    }

    [Fact]
    public async Task The_extractive_mode_does_not_call_the_endpoint()
    {
        var chat = new ScriptedChatClient(_ => "unused");
        await using var store = await SmallStore.OpenAsync(chat);

        var answer = await store.Services.AskAsync(Question, mode: AnswerMode.Extractive);

        Assert.Equal(0, chat.Calls);
        Assert.Equal(AnswerMethods.Extractive, answer.Method);
    }

    [GeneratedRegex(@"\[(?<n>\d+)\][^\n]*\n(?<text>[^\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBlock();
}
