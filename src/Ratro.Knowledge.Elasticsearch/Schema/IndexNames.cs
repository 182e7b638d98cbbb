using System.Globalization;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// Names under one prefix: searches and writes go through the alias <c>&lt;prefix&gt;-clauses</c>, which points at
/// exactly one concrete index <c>&lt;prefix&gt;-clauses-&lt;yyyyMMddHHmmssfff&gt;</c>; the index template of the same
/// name applies to every concrete index. The first index has the all-zero stamp, so engines starting together
/// create the same one.
/// </summary>
public sealed class IndexNames(string prefix)
{
    public string Prefix => prefix;

    public string Alias => $"{prefix}-clauses";

    public string Template => $"{prefix}-clauses";

    public string Pattern => $"{prefix}-clauses-*";

    public string Initial => $"{prefix}-clauses-00000000000000000";

    public string Concrete(DateTimeOffset at) =>
        $"{prefix}-clauses-{at.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
}
