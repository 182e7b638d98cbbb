using System.Text;
using Elastic.Transport;

namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>
/// Stands in for the cluster: records every request and answers with the canned response the route table gives
/// (status and JSON body, with the product header the client checks, unless a test leaves it out).
/// </summary>
public sealed class RecordingInvoker(Func<RecordedRequest, CannedResponse> route) : IRequestInvoker
{
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock gate = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    public void Dispose()
    {
    }

    public ResponseFactory ResponseFactory => new InMemoryRequestInvoker().ResponseFactory;

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        RequestAsync<TResponse>(endpoint, boundConfiguration, postData, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        using var body = new MemoryStream();
        if (postData is not null)
        {
            await postData.WriteAsync(body, boundConfiguration.ConnectionSettings, true, cancellationToken);
        }

        var path = endpoint.PathAndQuery.StartsWith('/') ? endpoint.PathAndQuery : "/" + endpoint.PathAndQuery;
        var request = new RecordedRequest(endpoint.Method.ToString().ToUpperInvariant(), path, body.ToArray());
        lock (gate)
        {
            requests.Add(request);
        }

        var canned = route(request);
        var headers = canned.Product is null
            ? new Dictionary<string, IEnumerable<string>>()
            : new Dictionary<string, IEnumerable<string>> { ["x-elastic-product"] = [canned.Product] };
        var invoker = new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(canned.Body), canned.Status, null, "application/json", headers);
        return await invoker.RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
    }
}
