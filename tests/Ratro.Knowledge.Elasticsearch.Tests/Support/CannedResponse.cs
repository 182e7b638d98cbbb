namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>What the stand-in cluster answers: HTTP status, JSON body, and the product it claims to be (null: no header).</summary>
public sealed record CannedResponse(int Status, string Body, string? Product = "Elasticsearch")
{
    public static CannedResponse Ok(string body) => new(200, body);

    public static CannedResponse Acknowledged { get; } = Ok("""{"acknowledged":true}""");
}
