using Ratro.Knowledge.Answers.Questions;

namespace Ratro.Knowledge.Tests.Answers.Questions;

/// <summary>Clause references, cues, language and Latin spellings of Russian designations, read from questions.</summary>
public sealed class QuestionReadingTests
{
    [Theory]
    [InlineData("Что сказано в п. 3.1.2 НРБ-99/2009?", "3.1.2")]
    [InlineData("пункт 4.2 правил", "4.2")]
    [InlineData("по табл. 3.1", "table:3.1")]
    [InlineData("Таблица 3.1 НРБ", "table:3.1")]
    [InlineData("ст. 9 закона", "article:9")]
    [InlineData("статьей 17", "article:17")]
    [InlineData("приложение 4", "annex:4")]
    [InlineData("TG-142 Table I", "table:i")]
    [InlineData("Article 9 of the directive", "article:9")]
    [InlineData("Art. 52", "article:52")]
    [InlineData("Requirement 37 of GSR Part 3", "requirement:37")]
    [InlineData("Schedule III", "schedule:iii")]
    [InlineData("para. 3.146", "3.146")]
    [InlineData("§ 20.1201", "20.1201")]
    [InlineData("Annex B", "annex:b")]
    public void Clause_references_get_their_lookup_keys(string text, string key) =>
        Assert.Equal(key, Assert.Single(ClauseReferenceFinder.Find(text)).Key);

    [Theory]
    [InlineData("статьи и пункты")]
    [InlineData("table in the report")]
    [InlineData("Какой предел дозы для группы А?")]
    public void Words_that_only_look_like_references_are_not_references(string text) => Assert.Empty(ClauseReferenceFinder.Find(text));

    [Theory]
    [InlineData("Действует ли НРБ-99?", true, true)]
    [InlineData("What replaced TG-21?", true, false)]
    [InlineData("Какие действующие нормы устанавливают пределы?", false, true)]
    [InlineData("Which current IAEA guide covers patients?", false, true)]
    [InlineData("Каков предел дозы?", false, false)]
    public void Status_and_in_force_cues_are_read(string question, bool status, bool inForce)
    {
        Assert.Equal(status, QuestionCues.AsksStatus(question));
        Assert.Equal(inForce, QuestionCues.WantsInForce(question));
    }

    [Theory]
    [InlineData("Что действовало на 01.01.2010?", "2010-01-01")]
    [InlineData("What applied as of 2015-03-01?", "2015-03-01")]
    [InlineData("Какие нормы действовали в 2012 году?", "2012-07-01")]
    public void A_day_in_the_question_is_read(string question, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), QuestionCues.Date(question));

    [Theory]
    [InlineData("Каков допуск по TG-142?", "ru")]
    [InlineData("What is the dose limit in НРБ-99/2009?", "en")]
    [InlineData("1234", "en")]
    public void The_language_is_the_script_of_most_letters(string question, string language) =>
        Assert.Equal(language, QuestionLanguage.Detect(question));

    [Theory]
    [InlineData("limit in NRB-99/2009", "limit in НРБ-99/2009")]
    [InlineData("under OSPORB-99/2010", "under ОСПОРБ-99/2010")]
    [InlineData("MU 2.6.1.3015-12 says", "МУ 2.6.1.3015-12 says")]
    [InlineData("Federal Law No. 3-FZ", "Federal Law No. 3-ФЗ")]
    [InlineData("GOST R 56314-2014", "ГОСТ Р 56314-2014")]
    [InlineData("MUSIC and SPORT 2", "MUSIC and SPORT 2")]
    public void Latin_spellings_of_Russian_designations_become_Cyrillic(string text, string expected)
    {
        var cyrillic = LatinDesignations.ToCyrillic(text);

        Assert.Equal(expected, cyrillic);
        Assert.Equal(text.Length, cyrillic.Length);
    }
}
