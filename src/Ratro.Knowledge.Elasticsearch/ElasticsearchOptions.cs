namespace Ratro.Knowledge.Elasticsearch;

/// <summary>The Elasticsearch engine. Bound from section <c>Search:Elasticsearch</c>; checked at start when it is the chosen engine.</summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";
    public const string UrlVariable = "RATRO_ELASTICSEARCH_URL";
    public const string DefaultUrl = "http://localhost:9200";

    /// <summary>The cluster's address; default: the environment variable <c>RATRO_ELASTICSEARCH_URL</c>, else <c>http://localhost:9200</c>.</summary>
    public string Url { get; set; } = Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : DefaultUrl;

    /// <summary>Prefix of every index, alias and template name (<c>ratro</c> gives the alias <c>ratro-clauses</c>); lower case.</summary>
    public string IndexPrefix { get; set; } = "ratro";

    /// <summary>Basic authentication (with <see cref="Password"/>); prefer <see cref="ApiKey"/>.</summary>
    public string? Username { get; set; }

    /// <summary>Prefer the environment variable <c>RATRO_Search__Elasticsearch__Password</c>.</summary>
    public string? Password { get; set; }

    /// <summary>An encoded API key (the <c>encoded</c> value Elasticsearch returns); not together with a user name.</summary>
    public string? ApiKey { get; set; }

    /// <summary>SHA-256 fingerprint of the cluster's CA certificate (hex, colons allowed), for a self-signed HTTPS cluster.</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>Seconds to wait for any request before failing.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Index documents (clauses and editions) sent per bulk request.</summary>
    public int BulkBatchSize { get; set; } = 500;

    /// <summary>
    /// Hunspell locale for Russian lemmas (the cluster must have <c>config/hunspell/&lt;locale&gt;/</c> with the
    /// <c>.dic</c> and <c>.aff</c> files); empty: Snowball only. When the cluster lacks it, the engine falls back to
    /// Snowball and says so in its health.
    /// </summary>
    public string? RussianHunspellLocale { get; set; } = "ru_RU";

    /// <summary>Primary shards of a new index. One shard keeps BM25 statistics exact for a corpus of this size.</summary>
    public int Shards { get; set; } = 1;

    /// <summary>Replicas of a new index (0 for a single-node cluster).</summary>
    public int Replicas { get; set; } = 1;

    /// <summary>Hybrid search: how many text-ranked editions take part in rank fusion.</summary>
    public int FusionDepth { get; set; } = 200;

    /// <summary>Hybrid search: how many nearest clauses take part in rank fusion (k of the kNN search).</summary>
    public int VectorDepth { get; set; } = 100;

    /// <summary>Hybrid search: HNSW candidates per shard, as a multiple of <see cref="VectorDepth"/>.</summary>
    public int CandidatesFactor { get; set; } = 4;

    /// <summary>Seconds the catalog of indexed designations is reused before it is read again (writes through this engine renew it at once).</summary>
    public int CatalogRefreshSeconds { get; set; } = 60;

    /// <summary>Most editions an exclusion (<c>-word</c>) may remove; a broader exclusion is refused with a message.</summary>
    public int MaxExcludedEditions { get; set; } = 10_000;
}
