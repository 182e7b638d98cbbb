namespace Ratro.Knowledge.Search.Lucene;

/// <summary>
/// The Lucene schema. Each edition is one "edition" document (titles, designations, the record's facts, stored)
/// and one "clause" document per clause (heading and text, analyzed in the edition's language, stored for
/// snippets). Both carry the edition's 64-bit key as doc values for grouping; clauses carry their own key for
/// fusion with vectors.
/// </summary>
public static class LuceneFields
{
    public const string Kind = "kind";
    public const string KindEdition = "edition";
    public const string KindClause = "clause";

    public const string Canonical = "canonical";
    public const string EditionId = "edition_id";
    public const string EditionKey = "ekey";
    public const string ClauseId = "clause_id";
    public const string ClauseKey = "ckey";
    public const string ClauseKeyTerm = "ckey_t";

    public const string BodyRu = "body_ru";
    public const string BodyEn = "body_en";
    public const string HeadingRu = "heading_ru";
    public const string HeadingEn = "heading_en";
    public const string TitleRu = "title_ru";
    public const string TitleEn = "title_en";
    public const string Designations = "designations";

    public const string StoredText = "text";
    public const string StoredHeading = "heading";
    public const string StoredNumber = "number";
    public const string StoredKey = "key";
    public const string StoredPageStart = "page_start";
    public const string StoredPageEnd = "page_end";
    public const string StoredLanguage = "language";

    public const string Designation = "designation";
    public const string AllDesignations = "all_designations";
    public const string Type = "type";
    public const string Status = "status";
    public const string Issuer = "issuer";
    public const string Jurisdiction = "jurisdiction";
    public const string Ics = "ics";
    public const string Access = "access";
    public const string Current = "current";
    public const string Draft = "draft";
    public const string Synthetic = "synthetic";
    public const string Date = "date";
    public const string ValidFrom = "valid_from";
    public const string ValidTo = "valid_to";
    public const string Title = "title";

    public static string Body(string language) => language == "ru" ? BodyRu : BodyEn;

    public static string Heading(string language) => language == "ru" ? HeadingRu : HeadingEn;
}
