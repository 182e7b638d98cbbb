using System.Text.Json.Serialization;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>The validity interval as a <c>date_range</c> value: [gte, lt), yyyy-MM-dd; an absent bound is open.</summary>
public sealed record ValidityRange(
    [property: JsonPropertyName("gte"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? From,
    [property: JsonPropertyName("lt"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? To);
