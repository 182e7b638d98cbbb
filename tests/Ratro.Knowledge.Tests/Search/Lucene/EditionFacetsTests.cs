using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Facet counts from integer values per edition: the same counts and order as counting by strings.</summary>
public sealed class EditionFacetsTests
{
    [Fact]
    public void Counts_values_of_the_given_editions_only_skipping_empty_values_most_frequent_first()
    {
        var a = SampleEditions.Edition("a", true, issuer: "IAEA", ics: ["13.280", "11.040.50"], year: 2019);
        var b = SampleEditions.Edition("b", true, issuer: "IAEA", ics: ["13.280"], year: 2021);
        var c = SampleEditions.Edition("c", true, issuer: "", ics: [], year: 0, language: "en");
        var unmatched = SampleEditions.Edition("d", true, issuer: "ICRP", ics: ["17.240"]);
        var facets = new EditionFacets([a, b, c, unmatched]);

        var counts = facets.Count([a, b, c]);

        Assert.Equal([new FacetValue("IAEA", 2)], counts[FacetNames.Issuer]);
        Assert.Equal([new FacetValue("13.280", 2), new FacetValue("11.040.50", 1)], counts[FacetNames.Ics]);
        Assert.Equal([new FacetValue("2019", 1), new FacetValue("2021", 1)], counts[FacetNames.Year]);
        Assert.Equal([new FacetValue("ru", 2), new FacetValue("en", 1)], counts[FacetNames.Language]);
        Assert.Equal(FacetNames.All, counts.Keys);
    }

    [Theory]
    [InlineData(1, 50, 10)]
    [InlineData(2, 300, 150)]
    [InlineData(3, 40, 0)]
    public void Counts_as_the_string_counter_does_for_any_subset(int seed, int documents, int taken)
    {
        var editions = SampleEditions.Generate(seed, documents);
        var facets = new EditionFacets(editions);
        var subset = editions.Where((_, i) => i % 2 == 0).Take(taken).ToList();

        var expected = FacetCounter.Count(subset);
        var actual = facets.Count(subset);

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var name in FacetNames.All)
        {
            Assert.Equal(expected[name], actual[name]);
        }
    }

    [Fact]
    public void An_edition_the_table_does_not_know_is_still_counted()
    {
        var known = SampleEditions.Edition("a", true, issuer: "IAEA");
        var stranger = SampleEditions.Edition("b", true, issuer: "ICRP");

        var counts = new EditionFacets([known]).Count([known, stranger]);

        Assert.Equal([new FacetValue("IAEA", 1), new FacetValue("ICRP", 1)], counts[FacetNames.Issuer]);
    }
}
