using System.Net;
using System.Net.Sockets;
using Ratro.Knowledge.Elasticsearch.Connection;
using Ratro.Knowledge.Elasticsearch.Tests.Support;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Connection;

/// <summary>Every way the cluster can fail becomes a <see cref="SearchEngineException"/> that says what to check.</summary>
public sealed class ServerFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SearchQuery Query = new() { Text = "доза" };

    [Fact]
    public async Task Nothing_listening_on_the_port_is_reported_as_unreachable()
    {
        var url = $"http://127.0.0.1:{UnusedPort()}";
        var options = new ElasticsearchOptions { Url = url, RequestTimeoutSeconds = 5 };
        await using var engine = TestEngine.Create(options, ElasticsearchClientFactory.Create(options), null, 0, null, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.SearchAsync(Query, Ct));

        Assert.Contains($"Elasticsearch at {url} cannot be reached", error.Message);
        Assert.Contains("Search:Elasticsearch:Url", error.Message);
        Assert.Contains("RATRO_ELASTICSEARCH_URL", error.Message);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_the_configured_limit()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var silent = Task.Run(async () =>
        {
            var accepted = new List<Socket>();
            try
            {
                while (true)
                {
                    accepted.Add(await listener.AcceptSocketAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
                accepted.ForEach(s => s.Dispose());
            }
        }, Ct);
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var options = new ElasticsearchOptions { Url = url, RequestTimeoutSeconds = 1 };
        await using var engine = TestEngine.Create(options, ElasticsearchClientFactory.Create(options), null, 0, null, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.SearchAsync(Query, Ct));
        await stop.CancelAsync();
        await silent;

        Assert.Contains($"Elasticsearch at {url} did not answer within 1 s", error.Message);
        Assert.Contains("RequestTimeoutSeconds", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("OpenSearch")]
    public async Task A_server_that_is_not_elasticsearch_is_named_as_such(string? product)
    {
        var cluster = new FakeCluster { Product = product };
        await using var engine = TestEngine.Create(cluster);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.SearchAsync(Query, Ct));

        Assert.Contains("The server at http://localhost:9200 is not Elasticsearch", error.Message);
    }

    [Fact]
    public async Task Refused_credentials_point_at_the_credential_settings()
    {
        var cluster = new FakeCluster
        {
            Override = _ => new CannedResponse(401, """{"error":{"type":"security_exception","reason":"unable to authenticate user [ratro]"},"status":401}"""),
        };
        await using var engine = TestEngine.Create(cluster);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.SearchAsync(Query, Ct));

        Assert.Contains("refused the credentials (HTTP 401)", error.Message);
        Assert.Contains("ApiKey", error.Message);
    }

    [Fact]
    public async Task A_server_error_carries_the_servers_reason()
    {
        var cluster = new FakeCluster
        {
            Override = r => r.PathOnly.EndsWith("/_search", StringComparison.Ordinal) && !FakeCluster.IsCatalog(r)
                ? new CannedResponse(400, """
                    {"error":{"root_cause":[{"type":"query_shard_exception","reason":"failed to create query"}],"type":"search_phase_execution_exception",
                     "reason":"all shards failed","caused_by":{"type":"query_shard_exception","reason":"failed to create query: field [vector] is not a dense_vector"}},"status":400}
                    """)
                : null,
        };
        await using var engine = TestEngine.Create(cluster);

        var error = await Assert.ThrowsAsync<SearchEngineException>(() => engine.SearchAsync(Query, Ct));

        Assert.Contains("Elasticsearch failed while searching: HTTP 400", error.Message);
        Assert.Contains("search_phase_execution_exception: all shards failed", error.Message);
        Assert.Contains("field [vector] is not a dense_vector", error.Message);
    }

    private static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
