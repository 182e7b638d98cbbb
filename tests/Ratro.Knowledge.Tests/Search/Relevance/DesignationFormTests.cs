using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>Designations typed without a separator between letters and digits ("TG51", "ICRP103", "116н").</summary>
public sealed class DesignationFormTests
{
    private static readonly DesignationCatalog Catalog = new(
    [
        ("AAPM TG-51", ["TG-51"]),
        ("ICRP Publication 103", ["ICRP 103"]),
        ("Приказ Минздрава России № 116н", []),
        ("СанПиН 2.6.1.2523-09", ["НРБ-99/2009"]),
    ]);

    [Theory]
    [InlineData("TG51", "tg 51")]
    [InlineData("ICRP103", "icrp 103")]
    [InlineData("116н", "116 н")]
    [InlineData("10CFR20", "10 cfr 20")]
    [InlineData("НРБ-99/2009", "нрб 99 2009")]
    [InlineData("2.6.1.2523-09", "2.6.1.2523 09")]
    [InlineData("Report No.151", "report 151")]
    public void Letters_and_digits_are_separate_tokens(string text, string key)
    {
        Assert.Equal(key, DesignationTokens.Key(text));
    }

    [Fact]
    public void Split_tokens_keep_their_place_in_the_text()
    {
        var tokens = DesignationTokens.Tokenize("AAPM TG51 ok");

        Assert.Equal([("aapm", 0, 4), ("tg", 5, 2), ("51", 7, 2), ("ok", 10, 2)], tokens.Select(t => (t.Value, t.Start, t.Length)));
    }

    [Theory]
    [InlineData("AAPM TG51", "AAPM TG-51")]
    [InlineData("tg51 калибровка", "AAPM TG-51")]
    [InlineData("ICRP103", "ICRP Publication 103")]
    [InlineData("приказ 116н", "Приказ Минздрава России № 116н")]
    [InlineData("нрб99/2009", "СанПиН 2.6.1.2523-09")]
    public void Glued_forms_are_recognized(string query, string canonical)
    {
        var found = Assert.Single(new CatalogDesignationRecognizer().Recognize(query, Catalog));

        Assert.Equal([canonical], found.Canonicals);
    }
}
