using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Connection;

/// <summary>
/// Runs every request of the engine and turns each way it can fail — no connection, timeout, refused credentials,
/// a server that is not Elasticsearch, an error the server reports — into a <see cref="SearchEngineException"/>
/// that says what was being done and what to check.
/// </summary>
public sealed class ServerCalls(ElasticsearchClient client, ElasticsearchOptions options)
{
    public ElasticsearchClient Client => client;

    /// <param name="what">What the call does, for the message ("searching", "creating index x").</param>
    /// <param name="call">The request.</param>
    /// <param name="accepted">HTTP statuses that are answers, not failures (404 for an existence check).</param>
    public async Task<T> CallAsync<T>(string what, Func<ElasticsearchClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken, params int[] accepted)
        where T : ElasticsearchResponse
    {
        T response;
        try
        {
            response = await call(client, cancellationToken);
        }
        catch (UnsupportedProductException e)
        {
            throw NotElasticsearch(what, e);
        }
        catch (TransportException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw e.InnerException is UnsupportedProductException product ? NotElasticsearch(what, product) : Failure(what, e.ApiCallDetails, null, e);
        }

        if (response.IsValidResponse || accepted.Contains(response.ApiCallDetails?.HttpStatusCode ?? 0))
        {
            return response;
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw Failure(what, response.ApiCallDetails, response.ElasticsearchServerError, response.ApiCallDetails?.OriginalException);
    }

    /// <summary>The reason the server gave, with its causes, or null when it gave none.</summary>
    public static string? Reason(ElasticsearchServerError? error)
    {
        if (error?.Error is not { } e)
        {
            return null;
        }

        var parts = new List<string> { $"{e.Type}: {e.Reason}" };
        for (var cause = e.CausedBy; cause is not null && parts.Count < 4; cause = cause.CausedBy)
        {
            parts.Add($"{cause.Type}: {cause.Reason}");
        }

        return string.Join(" — caused by ", parts);
    }

    private SearchEngineException NotElasticsearch(string what, Exception e) =>
        new($"The server at {options.Url} is not Elasticsearch (it does not identify itself as such) while {what}. " +
            $"Check {ElasticsearchOptions.Section}:Url.", e);

    private SearchEngineException Failure(string what, ApiCallDetails? details, ElasticsearchServerError? error, Exception? inner)
    {
        var status = details?.HttpStatusCode;
        var original = details?.OriginalException ?? inner;
        var message = original switch
        {
            _ when original is TimeoutException or TaskCanceledException or OperationCanceledException
                   || (inner is TransportException { FailureReason: PipelineFailure.MaxTimeoutReached }) =>
                $"Elasticsearch at {options.Url} did not answer within {options.RequestTimeoutSeconds} s while {what}. " +
                $"Check that the cluster is healthy, or raise {ElasticsearchOptions.Section}:RequestTimeoutSeconds.",
            _ when status is null =>
                $"Elasticsearch at {options.Url} cannot be reached while {what}: {original?.GetBaseException().Message ?? "no response"}. " +
                $"Check {ElasticsearchOptions.Section}:Url (or {ElasticsearchOptions.UrlVariable}) and that the cluster runs.",
            _ when status is 401 or 403 =>
                $"Elasticsearch at {options.Url} refused the credentials (HTTP {status}) while {what}. " +
                $"Check {ElasticsearchOptions.Section}:Username and Password, or ApiKey, and the user's privileges.",
            _ => $"Elasticsearch failed while {what}: HTTP {status}, {Reason(error) ?? original?.Message ?? "no reason given"}.",
        };
        return original is null ? new SearchEngineException(message) : new SearchEngineException(message, original);
    }
}
