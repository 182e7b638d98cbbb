namespace Ratro.Knowledge.Web.Localization;

/// <summary>Names of the jurisdictions the corpus uses; other codes are shown as written.</summary>
public static class JurisdictionText
{
    public static Text Russia { get; } = new("Россия", "Russia");
    public static Text Eaeu { get; } = new("ЕАЭС", "EAEU");
    public static Text International { get; } = new("Международные", "International");
    public static Text UnitedStates { get; } = new("США", "United States");
    public static Text EuropeanUnion { get; } = new("Евросоюз", "European Union");
    public static Text Brazil { get; } = new("Бразилия", "Brazil");

    public static string For(string code) => code.ToUpperInvariant() switch
    {
        "RU" => Russia,
        "EAEU" => Eaeu,
        "INT" => International,
        "US" => UnitedStates,
        "EU" => EuropeanUnion,
        "BR" => Brazil,
        _ => code,
    };
}
