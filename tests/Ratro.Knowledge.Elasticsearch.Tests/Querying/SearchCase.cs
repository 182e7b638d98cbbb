using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Querying;

/// <summary>
/// A search whose requests are compared with golden files: the query, the canned answers its searches get in turn
/// (files under <c>Responses/</c>), and whether the engine has the designation catalog and embeddings.
/// </summary>
public sealed record SearchCase(string Name, SearchQuery Query, string[]? Responses = null, bool Catalog = false, bool Hybrid = false)
{
    public override string ToString() => Name;
}
