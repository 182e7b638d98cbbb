using System.Text.Json.Serialization;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// One document of the index as stored (see <see cref="IndexFields"/>): an edition or a clause, with the edition's facts.
/// Nothing is required: searches read back only some fields.
/// </summary>
public sealed record IndexedDocument
{
    [JsonPropertyName(IndexFields.Kind)]
    public string Kind { get; init; } = "";

    [JsonPropertyName(IndexFields.Canonical)]
    public string Canonical { get; init; } = "";

    [JsonPropertyName(IndexFields.EditionId)]
    public string EditionId { get; init; } = "";

    [JsonPropertyName(IndexFields.ClauseId)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClauseId { get; init; }

    /// <summary>The write that stored it; a replace deletes the document's older batches afterwards.</summary>
    [JsonPropertyName(IndexFields.Batch)]
    public string Batch { get; init; } = "";

    [JsonPropertyName(IndexFields.Designation)]
    public string Designation { get; init; } = "";

    [JsonPropertyName(IndexFields.Designations)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Designations { get; init; }

    [JsonPropertyName(IndexFields.TitleRu)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TitleRu { get; init; }

    [JsonPropertyName(IndexFields.TitleEn)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TitleEn { get; init; }

    [JsonPropertyName(IndexFields.Type)]
    public string Type { get; init; } = "";

    [JsonPropertyName(IndexFields.Status)]
    public string Status { get; init; } = "";

    [JsonPropertyName(IndexFields.Issuer)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Issuer { get; init; }

    [JsonPropertyName(IndexFields.Jurisdiction)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Jurisdiction { get; init; }

    [JsonPropertyName(IndexFields.Ics)]
    public IReadOnlyList<string> Ics { get; init; } = [];

    [JsonPropertyName(IndexFields.Language)]
    public string Language { get; init; } = "";

    [JsonPropertyName(IndexFields.Access)]
    public string Access { get; init; } = "";

    [JsonPropertyName(IndexFields.IsCurrent)]
    public bool IsCurrent { get; init; }

    [JsonPropertyName(IndexFields.IsDraft)]
    public bool IsDraft { get; init; }

    [JsonPropertyName(IndexFields.IsSynthetic)]
    public bool IsSynthetic { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName(IndexFields.Date)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    [JsonPropertyName(IndexFields.Year)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Year { get; init; }

    /// <summary>Absent for an edition never in force.</summary>
    [JsonPropertyName(IndexFields.Validity)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValidityRange? Validity { get; init; }

    [JsonPropertyName(IndexFields.SortKey)]
    public string? SortKey { get; init; }

    [JsonPropertyName(IndexFields.Display)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClauseDisplay? Display { get; init; }

    [JsonPropertyName(IndexFields.HeadingRu)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HeadingRu { get; init; }

    [JsonPropertyName(IndexFields.HeadingEn)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HeadingEn { get; init; }

    [JsonPropertyName(IndexFields.BodyRu)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BodyRu { get; init; }

    [JsonPropertyName(IndexFields.BodyEn)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BodyEn { get; init; }

    [JsonPropertyName(IndexFields.Vector)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<float>? Vector { get; init; }

    [JsonIgnore]
    public string Id => ClauseId ?? EditionId;

    [JsonIgnore]
    public string? Body => BodyRu ?? BodyEn;
}
