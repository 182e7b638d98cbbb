using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Tests.Search.Syntax;

public sealed class UserQueryParserTests
{
    [Theory]
    [InlineData("пределы доз", "пределы|доз")]
    [InlineData("\"контроль качества\" дозиметр", "\"контроль качества\"|дозиметр")]
    [InlineData("защита -пациент", "защита|-пациент")]
    [InlineData("защита -\"вне помещений\"", "защита|-\"вне помещений\"")]
    [InlineData("доза AND предел OR NOT шум", "доза|предел|-шум")]
    [InlineData("\"незакрытая кавычка", "незакрытая|кавычка")]
    [InlineData("((скобки)) [и] {всё}", "скобки|и|всё")]
    [InlineData("IEC 60601-2-1:2020", "IEC|60601-2-1:2020")]
    [InlineData("НРБ-99/2009", "НРБ-99/2009")]
    [InlineData("* - -- ?", "")]
    [InlineData("«ёлочки» кавычки", "\"ёлочки\"|кавычки")]
    public void Splits_words_phrases_and_exclusions(string text, string expected)
    {
        var parsed = UserQueryParser.Parse(text);

        var rendered = string.Join('|', parsed.Clauses.Select(c => (c.IsExcluded ? "-" : "") + (c.IsPhrase ? $"\"{c.Text}\"" : c.Text)));
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Field_filters_become_filters_not_words()
    {
        var parsed = UserQueryParser.Parse("доза type:ministry_order status:in-force lang:EN issuer:\"Минздрав России\" jurisdiction:ru ics:13.280 year:2000..2010");

        Assert.Equal(["доза"], parsed.Clauses.Select(c => c.Text).ToList());
        var f = parsed.TypedFilters;
        Assert.Equal([DocumentType.MinistryOrder], f.Types);
        Assert.Equal([DocumentStatus.InForce], f.Statuses);
        Assert.Equal(["en"], f.Languages);
        Assert.Equal(["Минздрав России"], f.Issuers);
        Assert.Equal(["RU"], f.Jurisdictions);
        Assert.Equal(["13.280"], f.IcsCodes);
        Assert.Equal((2000, 2010), (f.YearFrom, f.YearTo));
    }

    [Fact]
    public void A_single_year_is_a_one_year_range()
    {
        var f = UserQueryParser.Parse("year:2009").TypedFilters;
        Assert.Equal((2009, 2009), (f.YearFrom, f.YearTo));
    }

    [Theory]
    [InlineData("type:rumour", "ministry_order")]
    [InlineData("status:maybe", "in_force")]
    [InlineData("year:last", "year")]
    public void Unknown_filter_values_are_explained_in_both_languages(string text, string mentioned)
    {
        var error = Assert.Throws<SearchQueryException>(() => UserQueryParser.Parse(text));

        Assert.Contains(mentioned, error.Message);
        Assert.Contains(" / ", error.Message);
    }

    [Fact]
    public void Control_characters_are_spaces()
    {
        var parsed = UserQueryParser.Parse("доза\u0000\u0007предел\u001b");

        Assert.Equal(["доза", "предел"], parsed.Clauses.Select(c => c.Text).ToList());
    }

    [Fact]
    public void Too_long_text_is_refused_and_too_many_words_are_capped()
    {
        Assert.Throws<SearchQueryException>(() => UserQueryParser.Parse(new string('x', 1001)));
        var many = UserQueryParser.Parse(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"w{i}")));
        Assert.Equal(UserQueryParser.MaxClauses, many.Clauses.Count);
    }

    [Fact]
    public void Removing_designation_spans_keeps_the_other_words()
    {
        var parsed = UserQueryParser.Parse("нрб 99/2009 пределы доз");

        var rest = parsed.Without([(0, 11)]);

        Assert.Equal(["пределы", "доз"], rest.Clauses.Select(c => c.Text).ToList());
    }
}
