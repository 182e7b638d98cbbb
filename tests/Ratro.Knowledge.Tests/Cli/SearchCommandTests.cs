using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Cli;

/// <summary>`ratro search` and `ratro reindex` end to end on a temp data directory seeded through the store.</summary>
public sealed class SearchCommandTests
{
    /// <summary>Stores the two documents through the services the CLI uses.</summary>
    private static async Task SeedAsync(string data)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = data }).Build();
        await using var services = new ServiceCollection().AddLogging().AddRatroKnowledge(configuration).BuildServiceProvider();
        await services.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(TestContext.Current.CancellationToken);
        var store = services.GetRequiredService<DocumentStore>();
        var updater = services.GetRequiredService<SearchIndexUpdater>();
        foreach (var (document, n) in new[] { Nrb(), Methodology() }.Select((d, n) => (d, n)))
        {
            document.Source = new SourceFile { FileName = $"{n}.md", Sha256 = new string((char)('a' + n), 64), Format = "markdown" };
            var (_, stored) = await store.SaveAsync(document, "x"u8.ToArray(), TestContext.Current.CancellationToken);
            await updater.OnDocumentChangedAsync(stored.Canonical, TestContext.Current.CancellationToken);
        }
    }

    private static NormativeDocument Nrb() =>
        DocumentBuilder.Ru("НРБ-99/2009").Canonical("СанПиН 2.6.1.2523-09").Alias("НРБ-99/2009").Title("Нормы радиационной безопасности")
            .Type(DocumentType.SanitaryRules).Clause("3.1.2", "Пределы доз для персонала группы А составляют 20 мЗв в год.", page: 5).Build();

    private static NormativeDocument Methodology() =>
        DocumentBuilder.Ru("МР 1.1").Title("Методика для членов").Type(DocumentType.MethodicalGuideline).Access(AccessLevel.Members)
            .Clause("1.1", "Пределы доз при контроле персонала отделения.").Build();


    [Fact]
    public async Task Ingested_documents_are_searchable_and_members_only_ones_need_access()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        await SeedAsync(data);

        var anonymous = await CliRunner.RunAsync("search", "персоналом", "--data", data, "--json");
        var members = await CliRunner.RunAsync("search", "персоналом", "--access", "members", "--data", data, "--json");
        var byDesignation = await CliRunner.RunAsync("search", "нрб 99/2009", "--data", data, "--json");

        using var a = JsonDocument.Parse(anonymous.Out);
        Assert.Equal(1, a.RootElement.GetProperty("total").GetInt32());
        var hit = a.RootElement.GetProperty("hits")[0];
        Assert.Equal("НРБ-99/2009", hit.GetProperty("designation").GetString());
        Assert.Equal("СанПиН 2.6.1.2523-09", hit.GetProperty("canonical").GetString());
        Assert.Equal("in_force", hit.GetProperty("status").GetString());
        Assert.Equal("3.1.2", hit.GetProperty("clause").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        Assert.True(a.RootElement.GetProperty("facets").TryGetProperty("type", out _));
        using var m = JsonDocument.Parse(members.Out);
        Assert.Equal(2, m.RootElement.GetProperty("total").GetInt32());
        using var d = JsonDocument.Parse(byDesignation.Out);
        Assert.Equal("СанПиН 2.6.1.2523-09", d.RootElement.GetProperty("hits")[0].GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task Reindex_rebuilds_from_the_store_and_reports_counts()
    {
        using var folder = new TempDirectory();
        var data = folder.File("data");
        await SeedAsync(data);
        Directory.Delete(Path.Combine(data, "index"), recursive: true);

        var reindex = await CliRunner.RunAsync("reindex", "--data", data, "--json");
        var search = await CliRunner.RunAsync("search", "пределы доз", "--data", data);

        using var report = JsonDocument.Parse(reindex.Out);
        Assert.Equal(2, report.RootElement.GetProperty("documents").GetInt32());
        Assert.True(report.RootElement.GetProperty("clauses").GetInt32() >= 2);
        Assert.Equal(0, search.Code);
        Assert.Contains("НРБ-99/2009", search.Out);
        Assert.Contains("1 documents", search.Out);
    }

    [Theory]
    [InlineData("type:rumour", "ministry_order")]
    [InlineData("--on", "YYYY-MM-DD")]
    public async Task Bad_input_gives_one_clear_line_and_a_failure_code(string query, string expected)
    {
        using var folder = new TempDirectory();
        await SeedAsync(folder.Path);
        var args = query == "--on" ? new[] { "search", "доза", "--on", "вчера", "--data", folder.Path } : ["search", query, "--data", folder.Path];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(1, result.Code);
        Assert.Contains(expected, result.Error);
        Assert.StartsWith("ratro: ", result.Error);
    }
}
