using System.Reflection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Whether filters restrict anything: unrestricted searches reuse the visible editions kept per index version.</summary>
public sealed class EditionFilterTests
{
    [Fact]
    public void No_filters_restrict_nothing() => Assert.False(EditionFilter.Restricts(SearchFilters.None));

    [Fact]
    public void Every_filter_restricts()
    {
        var properties = typeof(SearchFilters).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var filters = SearchFilters.None with { };
            property.SetValue(filters, Restricting(property.PropertyType));
            Assert.True(EditionFilter.Restricts(filters), $"{property.Name} set does not restrict");
        }
    }

    [Theory]
    [InlineData("IAEA / WHO", "IAEA", true)]
    [InlineData("IAEA / WHO", "iaea", true)]
    [InlineData("Минздрав России", "Минздрав России", true)]
    [InlineData("IAEA", "WHO", false)]
    [InlineData("IAEA", "", false)]
    public void Issuer_filters_match_word_runs_the_same_on_repeated_calls(string issuer, string filter, bool expected)
    {
        Assert.Equal(expected, EditionFilter.IssuerMatches(issuer, filter));
        Assert.Equal(expected, EditionFilter.IssuerMatches(issuer, filter));
    }

    private static object Restricting(Type type) => type switch
    {
        _ when type == typeof(IReadOnlyList<DocumentType>) => new List<DocumentType> { DocumentType.NationalStandard },
        _ when type == typeof(IReadOnlyList<DocumentStatus>) => new List<DocumentStatus> { DocumentStatus.InForce },
        _ when type == typeof(IReadOnlyList<string>) => new List<string> { "x" },
        _ when type == typeof(int?) => 2000,
        _ when type == typeof(DateOnly?) => new DateOnly(2020, 1, 1),
        _ when type == typeof(bool?) => true,
        _ => throw new InvalidOperationException($"no restricting value for {type}"),
    };
}
