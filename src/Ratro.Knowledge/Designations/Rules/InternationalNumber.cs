using System.Globalization;

namespace Ratro.Knowledge.Designations.Rules;

/// <summary>
/// The designation of an IEC / ISO / ISO-IEC document from its printed parts, in Latin letters whatever script it was
/// printed in: "МЭК" → IEC, "ИСО/МЭК ТО" → "ISO/IEC TR", "IEC/TR 60977", pre-1997 IEC numbers moved to the 60000 series.
/// </summary>
internal static class InternationalNumber
{
    public static (string Organization, DesignationFamily Family) Organization(string printed) =>
        DesignationText.RemoveSpaces(printed).ToUpperInvariant() switch
        {
            "ISO/IEC" or "ИСО/МЭК" => ("ISO/IEC", DesignationFamily.IsoIec),
            "IEC/IEEE" => ("IEC/IEEE", DesignationFamily.Iec),
            "IEC" or "МЭК" => ("IEC", DesignationFamily.Iec),
            _ => ("ISO", DesignationFamily.Iso),
        };

    public static string? Kind(string printed) => printed.ToUpperInvariant() switch
    {
        "" => null,
        "ТО" or "TR" => "TR",
        "ТС" or "TS" => "TS",
        var other => other,
    };

    /// <summary>"IEC/TR", "ISO/IEC TR", "ISO", "ISO/IEC Guide".</summary>
    public static string Prefix(string organization, string? kind) =>
        kind is null ? organization
        : kind == "GUIDE" ? $"{organization} Guide"
        : organization.Contains('/', StringComparison.Ordinal) ? $"{organization} {kind}" : $"{organization}/{kind}";

    /// <summary>
    /// IEC numbers of one to four digits are the pre-1997 numbering ("601-2-1" is 60601-2-1, "1217" is 61217); five-digit
    /// numbers are already in today's numbering and stay as printed.
    /// </summary>
    public static string Renumber(string organization, string number, List<string> warnings)
    {
        if (organization != "IEC")
        {
            return number;
        }

        var dash = number.IndexOf('-', StringComparison.Ordinal);
        var head = dash < 0 ? number : number[..dash];
        if (head.Length > 4 || !int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return number;
        }

        warnings.Add($"IEC {number} is the numbering before 1997; the document is IEC {value + 60000}{number[head.Length..]}");
        return (value + 60000).ToString(CultureInfo.InvariantCulture) + number[head.Length..];
    }

    /// <summary>An undated international designation ("IEC 62083") for what a national designation adopts.</summary>
    public static Designation Undated(string organizationPrinted, string kindPrinted, string number, string input)
    {
        var (organization, family) = Organization(organizationPrinted);
        var warnings = new List<string>();
        var renumbered = Renumber(organization, number, warnings);
        return new Designation
        {
            Input = input,
            Canonical = $"{Prefix(organization, Kind(kindPrinted))} {renumbered}",
            WorkKey = $"{organization} {renumbered}",
            Family = family,
            Number = renumbered,
            Jurisdiction = "INT",
            Warnings = warnings,
        };
    }
}
