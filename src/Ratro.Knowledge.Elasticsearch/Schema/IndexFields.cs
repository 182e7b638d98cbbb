namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// The index schema. Every edition is one <c>edition</c> document (titles, designations) and every clause one
/// <c>clause</c> document (number and heading, text); both carry the edition's facts, so filters, facets and
/// grouping work on either. Text goes to the <c>_ru</c> fields for Russian documents, to the <c>_en</c> fields
/// otherwise, as in the Lucene engine.
/// </summary>
public static class IndexFields
{
    public const string Kind = "kind";
    public const string KindEdition = "edition";
    public const string KindClause = "clause";

    public const string Canonical = "canonical";
    public const string EditionId = "edition_id";
    public const string ClauseId = "clause_id";
    public const string Batch = "batch";

    public const string Designation = "designation";
    public const string Designations = "designations";
    public const string DesignationsKey = "designations.key";
    public const string TitleRu = "title_ru";
    public const string TitleEn = "title_en";

    public const string Type = "type";
    public const string Status = "status";
    public const string Issuer = "issuer";
    public const string IssuerWords = "issuer.words";
    public const string Jurisdiction = "jurisdiction";
    public const string Ics = "ics";
    public const string Language = "language";
    public const string Access = "access";
    public const string IsCurrent = "is_current";
    public const string IsDraft = "is_draft";
    public const string IsSynthetic = "is_synthetic";
    public const string Date = "date";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string SortKey = "sort_key";

    public const string Display = "display";
    public const string HeadingRu = "heading_ru";
    public const string HeadingEn = "heading_en";
    public const string BodyRu = "body_ru";
    public const string BodyEn = "body_en";
    public const string Vector = "vector";

    /// <summary>The edition's facts every document carries, read back to build <see cref="Search.EditionInfo"/>.</summary>
    public static readonly string[] EditionFacts =
    [
        Kind, Canonical, EditionId, Designation, Type, Status, Issuer, Jurisdiction, Ics, Language, Access,
        IsCurrent, IsDraft, IsSynthetic, Date, Validity,
    ];

    /// <summary>What a clause hit needs besides the edition's facts.</summary>
    public static readonly string[] ClauseDisplay = [ClauseId, Display, BodyRu, BodyEn];

    public static string Body(string language) => language == "ru" ? BodyRu : BodyEn;

    public static string Heading(string language) => language == "ru" ? HeadingRu : HeadingEn;
}
