using Ratro.Knowledge.Answers;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// Questions that cannot be asked are refused with a typed reason and a sentence saying what to do — never an
/// exception: empty, white space only, longer than Answers:MaxQuestionLength, without any word; garbage that has
/// words is refused as not found.
/// </summary>
public sealed class BadQuestionTests(SmallStoreFixture fixture) : IClassFixture<SmallStoreFixture>
{
    public static TheoryData<string, RefusalReason> Cases => new()
    {
        { "", RefusalReason.EmptyQuestion },
        { "   \t\n  ", RefusalReason.EmptyQuestion },
        { new string('д', 10_000), RefusalReason.QuestionTooLong },
        { "Каков предел дозы? " + string.Concat(Enumerable.Repeat("и ещё ", 2000)), RefusalReason.QuestionTooLong },
        { "?!?! ... ### 12345 %%%", RefusalReason.Unintelligible },
        { "\u0000\u0001\u0002", RefusalReason.Unintelligible },
        { "qwrtpsdf zxcvbnm ghjkl ывапролдж", RefusalReason.NotFound },
        { "<script>alert(1)</script> \"\" ' OR 1=1 --", RefusalReason.NotFound },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_question_that_cannot_be_answered_is_refused_with_its_reason(string question, RefusalReason reason)
    {
        var answer = await fixture.Services.AskAsync(question);

        Assert.True(answer.Refused);
        Assert.Equal(reason, answer.RefusalReason);
        Assert.Empty(answer.Citations);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public async Task The_length_limit_is_configurable()
    {
        await using var store = await SmallStore.OpenAsync(settings: new Dictionary<string, string?> { ["Answers:MaxQuestionLength"] = "40" });

        var refused = await store.Services.AskAsync("Каков предел эффективной дозы для персонала группы А?");
        var answered = await store.Services.AskAsync("Предел дозы персонала группы А?");

        Assert.Equal(RefusalReason.QuestionTooLong, refused.RefusalReason);
        Assert.Contains("40", refused.Text);
        Assert.False(answered.Refused, answered.Text);
    }

    [Theory]
    [InlineData("", "ru", "Вопрос пуст")]
    [InlineData("", "en", "The question is empty")]
    public async Task The_message_follows_the_requested_language(string question, string language, string message)
    {
        var answer = await fixture.Services.Answers.AskAsync(new AnswerRequest(question, language), TestContext.Current.CancellationToken);

        Assert.Equal(language, answer.Language);
        Assert.StartsWith(message, answer.Text);
    }
}
