using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Generative;
using Ratro.Knowledge.Answers.Retrieval;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Answers.Generative;

/// <summary>Validation of generated answers against the clauses the model was given.</summary>
public sealed class CitationValidatorTests
{
    private static readonly IReadOnlyList<CandidateClause> Given = Clauses(
        "Для персонала группы А предел эффективной дозы составляет 20 мЗв в год в среднем за 5 лет.",
        "Для населения предел эффективной дозы составляет 1 мЗв в год.");

    private static IReadOnlyList<CandidateClause> Clauses(params string[] texts)
    {
        var builder = DocumentBuilder.Ru("НРБ-99/2009");
        foreach (var (text, n) in texts.Select((t, i) => (t, i + 1)))
        {
            builder.Clause($"3.1.{n}", text);
        }

        var document = builder.Build();
        return document.Clauses.Select(c => new CandidateClause(document, new PreparedClause(document, c, _ => []), CandidateOrigin.Search, 1)).ToList();
    }

    [Fact]
    public void Valid_markers_are_kept_and_renumbered_in_order_of_first_use()
    {
        var result = CitationValidator.Validate("Для населения — 1 мЗв [2]. Для персонала — «20 мЗв в год» [1].", Given, "ru");

        Assert.Equal("Для населения — 1 мЗв [1]. Для персонала — «20 мЗв в год» [2].", result.Text);
        Assert.Equal(["3.1.2", "3.1.1"], result.Cited.Select(c => c.Clause.Clause.Key));
        Assert.Null(result.Cited[0].Quote);
        Assert.Equal("20 мЗв в год", result.Cited[1].Quote);
        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("Предел 20 мЗв [1]. Выдумка [7].", "Предел 20 мЗв [1].", "[7]")]
    [InlineData("Предел \"не более 35 мЗв\" [1]. Для населения 1 мЗв [2].", "Для населения 1 мЗв [1].", "цитаты нет")]
    [InlineData("Вводная фраза без ссылки. Предел 20 мЗв [1].", "Предел 20 мЗв [1].", "без ссылки")]
    public void Unsupported_parts_are_removed_and_flagged(string generated, string kept, string flag)
    {
        var result = CitationValidator.Validate(generated, Given, "ru");

        Assert.Equal(kept, result.Text);
        Assert.Contains(result.Removed, r => r.Contains(flag, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_is_found_whatever_its_spacing_case_and_quote_marks()
    {
        var found = QuoteLocator.Find("Предел  эффективной\nдозы — «20 мЗв»", "предел эффективной дозы - \"20 мЗв\"");

        Assert.Equal("Предел  эффективной\nдозы — «20 мЗв»", found);
    }

    [Fact]
    public void The_not_found_token_is_detected()
    {
        var result = CitationValidator.Validate($"  {AnswerPrompt.NotFoundToken}\n", Given, "en");

        Assert.True(result.NotFound);
        Assert.Empty(result.Cited);
    }
}
