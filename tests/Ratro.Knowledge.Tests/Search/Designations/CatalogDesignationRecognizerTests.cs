using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Tests.Search.Designations;

public sealed class CatalogDesignationRecognizerTests
{
    private static readonly DesignationCatalog Catalog = new(
    [
        ("СанПиН 2.6.1.2523-09", ["НРБ-99/2009"]),
        ("IEC 60601-2-1:2020", []),
        ("IAEA TRS-398", []),
        ("Федеральный закон № 3-ФЗ", ["3-ФЗ"]),
        ("ГОСТ Р 50444-2020", []),
    ]);

    [Theory]
    [InlineData("нрб 99/2009", "СанПиН 2.6.1.2523-09", false)]
    [InlineData("НРБ—99/2009 пределы", "СанПиН 2.6.1.2523-09", false)]
    [InlineData("СанПиН 2.6.1.2523", "СанПиН 2.6.1.2523-09", true)]
    [InlineData("IEC 60601-2-1", "IEC 60601-2-1:2020", true)]
    [InlineData("trs 398", "IAEA TRS-398", false)]
    [InlineData("закон № 3-ФЗ", "Федеральный закон № 3-ФЗ", false)]
    [InlineData("ГОСТ Р 50444", "ГОСТ Р 50444-2020", true)]
    public void Recognizes_designations_in_any_written_form(string query, string canonical, bool undated)
    {
        var found = Assert.Single(new CatalogDesignationRecognizer().Recognize(query, Catalog));

        Assert.Equal([canonical], found.Canonicals);
        Assert.Equal(undated, found.Undated);
    }

    [Theory]
    [InlineData("пределы доз персонала")]
    [InlineData("398")]
    [InlineData("IEC 60601-2-11")]
    [InlineData("2020")]
    public void Does_not_recognize_what_is_not_an_indexed_designation(string query)
    {
        Assert.Empty(new CatalogDesignationRecognizer().Recognize(query, Catalog));
    }

    [Fact]
    public void Reports_where_the_designation_stands_in_the_query()
    {
        const string query = "пределы доз НРБ-99/2009 для персонала";

        var found = Assert.Single(new CatalogDesignationRecognizer().Recognize(query, Catalog));

        Assert.Equal("НРБ-99/2009", query.Substring(found.Start, found.Length));
    }

    [Fact]
    public void Catalog_lookups_serve_a_designation_parser()
    {
        Assert.Equal(["IEC 60601-2-1:2020"], Catalog.FindUndated("IEC 60601-2-1"));
        Assert.Equal(["СанПиН 2.6.1.2523-09"], Catalog.Find("санпин 2.6.1.2523-09"));
        Assert.Empty(Catalog.Find("IEC 60601-2-1"));
    }
}
