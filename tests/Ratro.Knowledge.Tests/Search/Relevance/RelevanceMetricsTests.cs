using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search.Relevance;

public sealed class RelevanceMetricsTests
{
    [Fact]
    public void Metrics_of_a_hand_made_run()
    {
        // Ranks of the first expected document: 1, 3, not returned, 6 (and "B" at rank 2 also expected in the second).
        var outcomes = new[]
        {
            Outcome(1, "topic", "ru", ["A"], "A", "X", "Y"),
            Outcome(2, "topic", "en", ["C", "B"], "X", "Y", "C", "B"),
            Outcome(3, "designation", "ru", ["Z"], "A", "B"),
            Outcome(4, "designation", "en", ["F"], "A", "B", "C", "D", "E", "F"),
        };

        var metrics = RelevanceMetrics.Of(outcomes);

        Assert.Equal([1, 3, null, 6], outcomes.Select(o => o.Rank));
        Assert.Equal(4, metrics.Queries);
        Assert.Equal(0.25, metrics.RecallAt1);
        Assert.Equal(0.5, metrics.RecallAt5);
        Assert.Equal(0.375, metrics.Mrr); // (1 + 1/3 + 0 + 1/6) / 4
    }

    [Fact]
    public void Report_groups_by_kind_and_language_and_lists_the_misses()
    {
        var outcomes = new[]
        {
            Outcome(1, "topic", "ru", ["A"], "A"),
            Outcome(2, "topic", "en", ["A"], "B", "A"),
            Outcome(3, "designation", "ru", ["A"], "B"),
        };

        var report = RelevanceReport.Of(outcomes);

        Assert.Equal(0.5, report.ByKind["topic"].RecallAt1);
        Assert.Equal(0.75, report.ByKind["topic"].Mrr);
        Assert.Equal(0, report.ByKind["designation"].RecallAt5);
        Assert.Equal(0.5, report.ByLanguage["ru"].RecallAt5);
        Assert.Equal(1, report.ByLanguage["en"].RecallAt5);
        Assert.Equal([3], report.Misses.Select(o => o.Query.Line));
        Assert.Contains("3\t-\tdesignation\tru", report.Describe());
    }

    [Fact]
    public void Metrics_of_nothing_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RelevanceMetrics.Of([]));
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("type:sanitary_norms", 1, 0, 0)]
    [InlineData("lang:en status:in_force", 0, 1, 1)]
    [InlineData("type:ministry_order status:in_force status:superseded", 1, 2, 0)]
    public void Filters_are_read_from_the_filters_column(string text, int types, int statuses, int languages)
    {
        var filters = RelevanceSet.ParseFilters(text, "queries.tsv", 2);

        Assert.Equal(types, filters.Types.Count);
        Assert.Equal(statuses, filters.Statuses.Count);
        Assert.Equal(languages, filters.Languages.Count);
    }

    [Fact]
    public void Filter_values_are_parsed_to_their_enums()
    {
        var filters = RelevanceSet.ParseFilters("type:sanitary_norms status:withdrawn", "queries.tsv", 2);

        Assert.Equal([DocumentType.SanitaryNorms], filters.Types);
        Assert.Equal([DocumentStatus.Withdrawn], filters.Statuses);
    }

    [Theory]
    [InlineData("year:2009")]
    [InlineData("type:no_such_type")]
    public void Unknown_filters_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => RelevanceSet.ParseFilters(text, "queries.tsv", 2));
    }

    private static QueryOutcome Outcome(int line, string kind, string language, string[] expected, params string[] ranked) =>
        new(new RelevanceQuery(line, "q", expected, kind, language, SearchFilters.None), ranked);
}
