namespace Ratro.Knowledge.Search;

/// <summary>The facets every engine returns. Values are the snake_case enum names, codes or years as text.</summary>
public static class FacetNames
{
    public const string Type = "type";
    public const string Status = "status";
    public const string Issuer = "issuer";
    public const string Jurisdiction = "jurisdiction";
    public const string Ics = "ics";
    public const string Year = "year";
    public const string Language = "language";
    public const string Access = "access";

    public static IReadOnlyList<string> All { get; } = [Type, Status, Issuer, Jurisdiction, Ics, Year, Language, Access];
}
