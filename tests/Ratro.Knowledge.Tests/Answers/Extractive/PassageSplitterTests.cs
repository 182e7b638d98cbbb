using Ratro.Knowledge.Answers.Extractive;

namespace Ratro.Knowledge.Tests.Answers.Extractive;

/// <summary>Sentences and table rows of clause text, verbatim spans; abbreviations do not end sentences.</summary>
public sealed class PassageSplitterTests
{
    [Theory]
    [InlineData("Первое предложение. Второе предложение.", 2)]
    [InlineData("Пределы установлены ст. 9 Федерального закона от 09.01.1996 N 3-ФЗ. Далее текст.", 2)]
    [InlineData("См. табл. 3.1 и п. 3.1.2 НРБ. Второе.", 2)]
    [InlineData("The value, e.g. 3%, is given in Table I. No. 2 follows.", 2)]
    [InlineData("Weighted by Smith et al. for reference. Another one.", 2)]
    [InlineData("A | B | C\n1 | 2 | 3\nПосле таблицы. Ещё.", 4)]
    [InlineData("Уровни:\n- Level 1: first.\n- Level 2: second.", 3)]
    public void Clause_text_splits_into_passages(string text, int count)
    {
        var passages = PassageSplitter.Split(text);

        Assert.Equal(count, passages.Count);
        Assert.All(passages, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void Table_rows_are_marked()
    {
        var passages = PassageSplitter.Split("Величина | Персонал | Население\nЭффективная доза | 20 мЗв | 1 мЗв\nПосле.");

        Assert.Equal([true, true, false], passages.Select(p => p.IsTableRow));
    }
}
