using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Elasticsearch.Tests;

/// <summary>Configuration alone chooses the engine once the Elasticsearch engine is registered.</summary>
public sealed class ElasticsearchServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, string folder)
    {
        settings["Storage:DataDirectory"] = folder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddRatroKnowledge(configuration)
            .AddRatroElasticsearch(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public async Task Search_engine_elasticsearch_selects_the_elasticsearch_index_without_contacting_the_cluster()
    {
        using var folder = new TempDirectory();
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "elasticsearch",
            ["Search:Elasticsearch:Url"] = "http://127.0.0.1:9",
            ["Search:Elasticsearch:IndexPrefix"] = "ratro-di",
        }, folder.Path);

        var index = services.GetRequiredService<ISearchIndex>();

        var elastic = Assert.IsType<ElasticsearchSearchIndex>(index);
        Assert.Equal("elasticsearch", index.EngineName);
        Assert.Equal("ratro-di-clauses", elastic.Names.Alias);
        Assert.Contains("not known yet", index.Health.RussianMorphology);
    }

    [Fact]
    public async Task The_lucene_engine_stays_the_default()
    {
        using var folder = new TempDirectory();
        await using var services = Build(new Dictionary<string, string?>(), folder.Path);

        Assert.Equal("lucene", services.GetRequiredService<ISearchIndex>().EngineName);
        Assert.Contains(services.GetServices<ISearchEngineFactory>(), f => f.Name == "elasticsearch");
    }

    [Fact]
    public async Task Invalid_settings_fail_when_the_options_are_read()
    {
        using var folder = new TempDirectory();
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "elasticsearch",
            ["Search:Elasticsearch:IndexPrefix"] = "UPPER",
        }, folder.Path);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value);

        Assert.Contains("IndexPrefix 'UPPER'", error.Message);
    }
}
