using Ratro.Knowledge.Answers;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>Questions on the seeded corpus whose answer must come from a given document and clause with a given value.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ExampleQuestionTests(SeededCorpus corpus)
{
    [Theory]
    [InlineData("Каков предел эффективной дозы для персонала группы А?", "СанПиН 2.6.1.2523-09", "НРБ-99/2009", "table:3.1", "20 мЗв", "ru")]
    [InlineData("What daily output constancy tolerance does TG-142 set?", "AAPM TG-142", "AAPM TG-142", "table:i", "3%", "en")]
    [InlineData("Чему равен предел эквивалентной дозы в хрусталике глаза для персонала группы А по НРБ-99/2009?", "СанПиН 2.6.1.2523-09", "НРБ-99/2009", "table:3.1", "150 мЗв", "ru")]
    [InlineData("What is the annual occupational dose limit for adults under 10 CFR 20.1201?", "10 CFR Part 20", "10 CFR Part 20", "20.1201", "5 rem", "en")]
    [InlineData("Какой основной предел дозы для населения установлен статьей 9 закона о радиационной безопасности населения?", "Федеральный закон № 3-ФЗ", "Федеральный закон № 3-ФЗ", "article:9", "0,001 Зв", "ru")]
    public async Task The_answer_cites_the_clause_and_states_the_value(
        string question, string canonical, string designation, string clauseKey, string value, string language)
    {
        var answer = await corpus.Services.AskAsync(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(language, answer.Language);
        var first = answer.Citations[0];
        Assert.Equal(canonical, first.Canonical);
        Assert.Equal(designation, first.Designation);
        Assert.Equal(clauseKey, first.Clause.Key);
        Assert.Contains(value, first.Quote);
        Assert.Contains(value, answer.Text);
        Assert.Contains("[1]", answer.Text);
        Assert.StartsWith($"/documents/{Ratro.Knowledge.Documents.Slugs.ForCanonical(canonical)}#", first.Link);
        Assert.Equal("in_force", first.Status);
        Assert.Equal(AnswerMethods.Extractive, answer.Method);
    }

    [Theory]
    [InlineData("Действуют ли нормы НРБ-99?", "СП 2.6.1.758-99", "СанПиН 2.6.1.2523-09")]
    [InlineData("What replaced the AAPM TG-21 protocol?", "AAPM TG-21", "AAPM TG-51")]
    [InlineData("Действует ли ГОСТ Р МЭК 60976-99?", "ГОСТ Р МЭК 60976-99", "ГОСТ IEC 60976-2011")]
    public async Task A_status_question_says_what_superseded_the_document(string question, string subject, string successor)
    {
        var answer = await corpus.Services.AskAsync(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(successor, answer.Text);
        var cited = Assert.Single(answer.Citations, c => c.Canonical == subject);
        Assert.Contains(cited.Status, new[] { "superseded", "withdrawn" });
        Assert.Contains(successor, cited.StatusNote);
    }

    [Fact]
    public async Task A_cited_superseded_document_is_flagged_in_the_text()
    {
        var answer = await corpus.Services.AskAsync("What is the gonad tissue weighting factor in ICRP Publication 60?");

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("ICRP Publication 60", answer.Citations[0].Canonical);
        Assert.Contains("0.20", answer.Citations[0].Quote);
        Assert.Contains("Note: ICRP Publication 60 is superseded; replaced by ICRP Publication 103.", answer.Text);
    }

    [Theory]
    [InlineData("Что сказано в п. 12.4 НРБ-99/2009?", "В СанПиН 2.6.1.2523-09 (НРБ-99/2009) нет п. 12.4.")]
    [InlineData("What does Table IX of TG-142 specify?", "AAPM TG-142 has no Table IX.")]
    public async Task A_clause_the_named_document_lacks_is_refused_with_the_reason(string question, string reason)
    {
        var answer = await corpus.Services.AskAsync(question);

        Assert.True(answer.Refused);
        Assert.Equal(RefusalReason.NotFound, answer.RefusalReason);
        Assert.Empty(answer.Citations);
        Assert.Contains(reason, answer.Text);
        Assert.NotEmpty(answer.ClosestDocuments);
    }

    [Theory]
    [InlineData("Каков предел дозы для космонавтов при длительных космических полетах?", "В базе нет ответа на этот вопрос.", "ru")]
    [InlineData("What is the price of a medical linear accelerator?", "The knowledge base does not answer this.", "en")]
    public async Task A_question_the_corpus_does_not_answer_is_refused_with_the_closest_documents(string question, string sentence, string language)
    {
        var answer = await corpus.Services.AskAsync(question);

        Assert.True(answer.Refused);
        Assert.Equal(RefusalReason.NotFound, answer.RefusalReason);
        Assert.StartsWith(sentence, answer.Text);
        Assert.Equal(language, answer.Language);
        Assert.Empty(answer.Citations);
        Assert.InRange(answer.ClosestDocuments.Count, 1, 5);
        Assert.All(answer.ClosestDocuments, d => Assert.StartsWith("/documents/", d.Link));
    }
}
