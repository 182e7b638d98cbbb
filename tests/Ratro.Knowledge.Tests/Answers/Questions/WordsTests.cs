using Ratro.Knowledge.Answers.Questions;

namespace Ratro.Knowledge.Tests.Answers.Questions;

/// <summary>Comparison stems: forms of one word meet, different words stay apart; cognates meet across languages.</summary>
public sealed class WordsTests
{
    [Theory]
    [InlineData("персонала", "персоналом")]
    [InlineData("доза", "дозами")]
    [InlineData("каналов", "каналами")]
    [InlineData("эффективной", "эффективная")]
    [InlineData("облучения", "облучение")]
    [InlineData("Ёмкость", "емкости")]
    [InlineData("табл", "таблица")]
    [InlineData("tolerance", "tolerances")]
    [InlineData("doses", "dose")]
    [InlineData("0,05", "0.05")]
    public void Forms_of_one_word_share_a_stem(string a, string b) => Assert.Equal(Words.Stem(a), Words.Stem(b));

    [Theory]
    [InlineData("доза", "дозиметр")]
    [InlineData("персонал", "население")]
    [InlineData("limit", "linac")]
    [InlineData("3.1.2", "3.1")]
    public void Different_words_keep_different_stems(string a, string b) => Assert.NotEqual(Words.Stem(a), Words.Stem(b));

    [Theory]
    [InlineData("individual", "индивидуальный")]
    [InlineData("dosimeter", "дозиметр")]
    [InlineData("criterion", "критерий")]
    [InlineData("maximum", "максимальный")]
    [InlineData("category", "категории")]
    public void Cognates_meet_across_languages(string english, string russian)
    {
        Assert.Equal(Cognates.Key(russian), Cognates.OtherLanguageKey(english));
        Assert.Equal(Cognates.Key(english), Cognates.OtherLanguageKey(russian));
    }

    [Theory]
    [InlineData("proton", "протокол")]
    [InlineData("dose", "доза")]
    public void Short_or_different_words_have_no_shared_cognate(string english, string russian) =>
        Assert.True(Cognates.OtherLanguageKey(english) is null || Cognates.OtherLanguageKey(english) != Cognates.Key(russian));

    [Fact]
    public void Words_keep_their_positions_in_the_text()
    {
        var text = "Предел — 20 мЗв (п. 3.1.2)";

        var words = Words.Split(text);

        Assert.All(words, w => Assert.Equal(w.Text, text.Substring(w.Start, w.Length)));
        Assert.Equal(["Предел", "20", "мЗв", "п", "3.1.2"], words.Select(w => w.Text));
    }
}
