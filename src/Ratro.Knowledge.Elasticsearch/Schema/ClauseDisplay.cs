using System.Text.Json.Serialization;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>What a clause hit shows besides its text; kept in the source only (an object mapped with <c>enabled: false</c>).</summary>
public sealed record ClauseDisplay(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("heading"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Heading,
    [property: JsonPropertyName("page_start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageStart,
    [property: JsonPropertyName("page_end"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageEnd,
    [property: JsonPropertyName("ordinal")] int Ordinal);
