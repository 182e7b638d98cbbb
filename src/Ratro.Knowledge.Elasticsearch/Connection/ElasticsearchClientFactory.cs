using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Ratro.Knowledge.Elasticsearch.Connection;

/// <summary>Builds the client from the options: one node, credentials, certificate fingerprint, request timeout.</summary>
public static class ElasticsearchClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        var pool = new SingleNodePool(new Uri(options.Url));
        var settings = invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker);
        settings.RequestTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
        settings.MaximumRetries(0);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        if (!string.IsNullOrEmpty(options.CertificateFingerprint))
        {
            settings.CertificateFingerprint(options.CertificateFingerprint);
        }

        return new ElasticsearchClient(settings);
    }
}
