using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;

namespace Ratro.Knowledge.Tests.References.Graph.Validity;

/// <summary>Status as of a day and currency lines of corpus documents, from their records and the graph (cases in the TSV files beside this one).</summary>
public sealed class StatusTimelineTests
{
    public static TheoryData<string, string, string, string, string> StatusCases() => Cases("status-cases.tsv", 5);

    public static TheoryData<string, string, string, string> CurrencyCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in Rows("currency-cases.tsv", 4))
        {
            data.Add(c[0], c[1], c[2], c[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatusCases))]
    public async Task In_force_on_a_day_follows_the_records_and_the_graph(string files, string designation, string day, string expected, string reason)
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestCorpusAsync(files.Split(','));
        var document = (await graph.HeldAsync(designation)).Document!;

        var answer = await graph.Get<StatusTimeline>().AsOfAsync(document, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), GraphHarness.Ct);

        Assert.Equal((expected, reason), (Name(answer.Answer), EnumNames.ToName(answer.Reason)));
        Assert.StartsWith(answer.Answer == InForceAnswer.Unknown ? "неизвестно" : $"на {day}", answer.ReasonRu, StringComparison.Ordinal);
        Assert.StartsWith(answer.Answer == InForceAnswer.Unknown ? "unknown" : answer.Answer == InForceAnswer.Yes ? $"in force on {day}" : $"not", answer.ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CurrencyCases))]
    public async Task The_currency_line_says_when_the_status_was_verified_and_what_replaced_the_document(string files, string designation, string ru, string en)
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestCorpusAsync(files.Split(','));
        var document = (await graph.HeldAsync(designation)).Document!;

        var validity = await graph.Get<StatusTimeline>().ValidityAsync(document, GraphHarness.Ct);

        Assert.Equal((ru, en), CurrencyLine.Of(validity, new DateOnly(2025, 1, 1)));
    }

    private static string Name(InForceAnswer answer) => answer.ToString().ToLowerInvariant();

    private static TheoryData<string, string, string, string, string> Cases(string file, int columns)
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var c in Rows(file, columns))
        {
            data.Add(c[0], c[1], c[2], c[3], c[4]);
        }

        return data;
    }

    private static IEnumerable<string[]> Rows(string file, int columns) =>
        File.ReadLines(TestData.Path("References", "Graph", "Validity", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => c.Length == columns ? c : throw new InvalidDataException($"{file}: expected {columns} columns in '{string.Join('|', c)}'"));
}
