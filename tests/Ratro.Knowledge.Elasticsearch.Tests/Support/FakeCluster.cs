namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>
/// A stand-in cluster for one test: answers the engine's set-up, catalog, write and search requests with canned JSON
/// (each replaceable), and records what was sent. Searches other than the catalog's get <see cref="SearchBody"/>.
/// </summary>
public sealed class FakeCluster
{
    public const string EmptyHits = """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"max_score":null,"hits":[]}}""";

    public FakeCluster(string prefix = "ratro")
    {
        Prefix = prefix;
        Invoker = new RecordingInvoker(Route);
    }

    public string Prefix { get; }

    public RecordingInvoker Invoker { get; }

    public bool AliasExists { get; set; } = true;

    public string Meta { get; set; } = """{"schema":1,"russian":"hunspell ru_RU then snowball","vector_dims":0}""";

    public string CatalogBody { get; set; } = EmptyHits;

    /// <summary>Answers to searches in order; the last one repeats.</summary>
    public List<string> SearchBodies { get; } = [EmptyHits];

    public Func<RecordedRequest, CannedResponse?>? Override { get; set; }

    public string? Product { get; set; } = "Elasticsearch";

    public IReadOnlyList<RecordedRequest> Requests => Invoker.Requests;

    /// <summary>Requests after the engine's set-up (template, alias check, mappings) and catalog reads.</summary>
    public IReadOnlyList<RecordedRequest> Work => Requests.Where(r => !IsSetup(r) && !IsCatalog(r)).ToList();

    public static bool IsCatalog(RecordedRequest r) => r.PathOnly.EndsWith("/_search", StringComparison.Ordinal) && r.Text.Contains("\"designations\"]", StringComparison.Ordinal);

    private static bool IsSetup(RecordedRequest r) =>
        r.PathOnly.StartsWith("/_index_template/", StringComparison.Ordinal) || r.PathOnly.StartsWith("/_alias/", StringComparison.Ordinal) || r.PathOnly.EndsWith("/_mapping", StringComparison.Ordinal);

    private int searches;

    private CannedResponse Route(RecordedRequest r)
    {
        var canned = Override?.Invoke(r) ?? Default(r);
        return canned with { Product = Product };
    }

    private CannedResponse Default(RecordedRequest r)
    {
        var path = r.PathOnly;
        if (path.StartsWith("/_index_template/", StringComparison.Ordinal) || path == "/_aliases")
        {
            return CannedResponse.Acknowledged;
        }

        if (path.StartsWith("/_alias/", StringComparison.Ordinal))
        {
            return AliasExists ? CannedResponse.Ok("{\"" + Prefix + "-clauses-00000000000000000\":{\"aliases\":{\"" + Prefix + "-clauses\":{}}}}") : new CannedResponse(404, "{}");
        }

        if (path.EndsWith("/_mapping", StringComparison.Ordinal))
        {
            return CannedResponse.Ok("{\"" + Prefix + "-clauses-00000000000000000\":{\"mappings\":{\"_meta\":" + Meta + ",\"properties\":{}}}}");
        }

        if (path.EndsWith("/_search", StringComparison.Ordinal))
        {
            if (IsCatalog(r))
            {
                return CannedResponse.Ok(CatalogBody);
            }

            var at = Interlocked.Increment(ref searches) - 1;
            return CannedResponse.Ok(SearchBodies[Math.Min(at, SearchBodies.Count - 1)]);
        }

        if (path.EndsWith("/_bulk", StringComparison.Ordinal))
        {
            return CannedResponse.Ok("""{"took":3,"errors":false,"items":[]}""");
        }

        if (path.EndsWith("/_delete_by_query", StringComparison.Ordinal))
        {
            return CannedResponse.Ok("""{"took":2,"timed_out":false,"total":0,"deleted":0,"batches":0,"version_conflicts":0,"noops":0,"retries":{"bulk":0,"search":0},"failures":[]}""");
        }

        if (r.Method == "PUT" && !path.Contains('_', StringComparison.Ordinal))
        {
            return CannedResponse.Ok($$"""{"acknowledged":true,"shards_acknowledged":true,"index":"{{path.Trim('/')}}"}""");
        }

        return CannedResponse.Acknowledged;
    }
}
