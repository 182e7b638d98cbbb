using Microsoft.Extensions.Configuration;

namespace Ratro.Knowledge.Elasticsearch.Tests;

/// <summary>Unusable <c>Search:Elasticsearch</c> settings fail start-up with the key named — only when the engine is chosen.</summary>
public sealed class ElasticsearchOptionsValidatorTests
{
    public static TheoryData<string, string, string> Invalid() => new()
    {
        { "Url", "localhost:9200", "Url 'localhost:9200'" },
        { "Url", "ftp://cluster:9200", "not an absolute http(s) address" },
        { "IndexPrefix", "Ratro", "IndexPrefix 'Ratro'" },
        { "IndexPrefix", "-ratro", "IndexPrefix '-ratro'" },
        { "Username", "ratro", "Username and Password go together" },
        { "CertificateFingerprint", "12:AB", "CertificateFingerprint" },
        { "RussianHunspellLocale", "ru_RU/../x", "RussianHunspellLocale" },
        { "RequestTimeoutSeconds", "0", "RequestTimeoutSeconds" },
        { "BulkBatchSize", "20000", "BulkBatchSize" },
        { "Replicas", "-1", "Replicas" },
        { "VectorDepth", "5000", "CandidatesFactor × VectorDepth" },
        { "MaxExcludedEditions", "0", "MaxExcludedEditions" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_unusable_setting_is_named(string key, string value, string expected)
    {
        var result = Validate(new Dictionary<string, string?> { ["Search:Engine"] = "elasticsearch", [$"Search:Elasticsearch:{key}"] = value });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
        Assert.Contains("Search:Elasticsearch:", result.FailureMessage);
    }

    [Fact]
    public void Api_key_and_user_name_exclude_each_other()
    {
        var result = Validate(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "elasticsearch",
            ["Search:Elasticsearch:Username"] = "ratro",
            ["Search:Elasticsearch:Password"] = "secret",
            ["Search:Elasticsearch:ApiKey"] = "a2V5",
        });

        Assert.Contains("ApiKey and Username exclude each other", result.FailureMessage);
    }

    [Fact]
    public void Defaults_and_a_full_valid_configuration_pass()
    {
        var defaults = Validate(new Dictionary<string, string?> { ["Search:Engine"] = "elasticsearch", ["Search:Elasticsearch:Url"] = "http://localhost:9200" });
        var full = Validate(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "Elasticsearch",
            ["Search:Elasticsearch:Url"] = "https://search.example.org:9200",
            ["Search:Elasticsearch:IndexPrefix"] = "ratro-test_1",
            ["Search:Elasticsearch:Username"] = "ratro",
            ["Search:Elasticsearch:Password"] = "secret",
            ["Search:Elasticsearch:CertificateFingerprint"] = string.Join(':', Enumerable.Repeat("AB", 32)),
            ["Search:Elasticsearch:RussianHunspellLocale"] = "",
        });

        Assert.True(defaults.Succeeded, defaults.FailureMessage);
        Assert.True(full.Succeeded, full.FailureMessage);
    }

    [Fact]
    public void Settings_are_not_checked_when_another_engine_is_chosen()
    {
        var result = Validate(new Dictionary<string, string?> { ["Search:Engine"] = "lucene", ["Search:Elasticsearch:Url"] = "not a url" });

        Assert.True(result.Skipped);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new ElasticsearchOptions();
        configuration.GetSection(ElasticsearchOptions.Section).Bind(options);
        return new ElasticsearchOptionsValidator(configuration).Validate(null, options);
    }
}
