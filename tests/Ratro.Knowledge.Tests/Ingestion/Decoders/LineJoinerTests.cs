using System.Text;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("требования к радиа-", "ционной безопасности", "требования к радиационной безопасности")]
    [InlineData("соблюдение радиационно-", "гигиенических нормативов", "соблюдение радиационно-гигиенических нормативов")]
    [InlineData("анализ физико-", "химических свойств", "анализ физико-химических свойств")]
    [InlineData("дозиметрическо-", "го контроля", "дозиметрического контроля")]
    [InlineData("эффект Жолио-", "Кюри", "эффект Жолио-Кюри")]
    [InlineData("источник Cs-", "137 в контейнере", "источник Cs-137 в контейнере")]
    [InlineData("стандарт МЭК-", "60601", "стандарт МЭК-60601")]
    [InlineData("line-end hyphen-", "ation is removed", "line-end hyphenation is removed")]
    [InlineData("a soft\u00AD", "ware word", "a software word")]
    [InlineData("пункт 3 -", "дефис как тире", "пункт 3 - дефис как тире")]
    [InlineData("обычная строка", "и следующая", "обычная строка и следующая")]
    public void Joins_wrapped_lines(string first, string second, string expected)
    {
        var paragraph = new StringBuilder(first);

        LineJoiner.Append(paragraph, second);

        Assert.Equal(expected, paragraph.ToString());
    }

    [Theory]
    [InlineData("полноценный", "полно-", "ценный подход", "полноценный подход")]
    [InlineData("well-known", "a well-", "known rule", "a well-known rule")]
    public void Document_usage_decides_first(string seen, string first, string second, string expected)
    {
        var words = new HyphenatedWords();
        words.Add(seen);
        var paragraph = new StringBuilder(first);

        LineJoiner.Append(paragraph, second, words);

        Assert.Equal(expected, paragraph.ToString());
    }
}
