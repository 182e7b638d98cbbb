using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Elasticsearch;

/// <summary>Fails start-up on unusable <c>Search:Elasticsearch</c> settings — only when <c>Search:Engine</c> is <c>elasticsearch</c>.</summary>
public sealed partial class ElasticsearchOptionsValidator(IConfiguration configuration) : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options)
    {
        if (!string.Equals(configuration["Search:Engine"], ElasticsearchEngineFactory.EngineName, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem of the settings, each naming its key; empty when they can be used.</summary>
    public static IReadOnlyList<string> Problems(ElasticsearchOptions o)
    {
        var problems = new List<string>();
        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add($"{ElasticsearchOptions.Section}:{problem}");
            }
        }

        Require(Uri.TryCreate(o.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https",
            $"Url '{o.Url}' is not an absolute http(s) address (set it or {ElasticsearchOptions.UrlVariable})");
        Require(Prefix().IsMatch(o.IndexPrefix ?? ""), $"IndexPrefix '{o.IndexPrefix}' must be 1–40 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        Require(string.IsNullOrEmpty(o.Username) == string.IsNullOrEmpty(o.Password), "Username and Password go together");
        Require(string.IsNullOrEmpty(o.ApiKey) || string.IsNullOrEmpty(o.Username), "ApiKey and Username exclude each other");
        Require(string.IsNullOrEmpty(o.CertificateFingerprint) || Fingerprint().IsMatch(o.CertificateFingerprint),
            "CertificateFingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed");
        Require(string.IsNullOrEmpty(o.RussianHunspellLocale) || Locale().IsMatch(o.RussianHunspellLocale),
            $"RussianHunspellLocale '{o.RussianHunspellLocale}' is not a locale name such as ru_RU");
        Require(o.RequestTimeoutSeconds is >= 1 and <= 600, "RequestTimeoutSeconds must be 1–600");
        Require(o.BulkBatchSize is >= 1 and <= 10_000, "BulkBatchSize must be 1–10000");
        Require(o.Shards is >= 1 and <= 64, "Shards must be 1–64");
        Require(o.Replicas is >= 0 and <= 10, "Replicas must be 0–10");
        Require(o.FusionDepth is >= 1 and <= 10_000, "FusionDepth must be 1–10000");
        Require(o.VectorDepth is >= 1 and <= 10_000, "VectorDepth must be 1–10000");
        Require(o.CandidatesFactor >= 1 && (long)o.CandidatesFactor * o.VectorDepth <= 10_000, "CandidatesFactor × VectorDepth must be 1–10000");
        Require(o.CatalogRefreshSeconds is >= 0 and <= 86_400, "CatalogRefreshSeconds must be 0–86400");
        Require(o.MaxExcludedEditions is >= 1 and <= 65_536, "MaxExcludedEditions must be 1–65536");
        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Fingerprint();

    [GeneratedRegex("^[A-Za-z]{2,3}(_[A-Za-z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Locale();
}
