using System.Text.RegularExpressions;

namespace Ratro.Knowledge.Editing;

/// <summary>What an edited record must satisfy before it is stored; each rule names the field it is about.</summary>
public static partial class MetadataRules
{
    public const int MaxDesignationLength = 300;
    public const int MaxTitleLength = 2000;

    /// <summary>The first problem of an edit, or null when it can be stored.</summary>
    public static string? Check(MetadataEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return Blank(edit.Designation) ? "designation: it must not be empty"
            : Blank(edit.Canonical) ? "canonical: it must not be empty"
            : edit.Designation.Length > MaxDesignationLength || edit.Canonical.Length > MaxDesignationLength
                ? $"designation: at most {MaxDesignationLength} characters"
            : (edit.TitleRu?.Length ?? 0) > MaxTitleLength || (edit.TitleEn?.Length ?? 0) > MaxTitleLength
                ? $"title: at most {MaxTitleLength} characters"
            : !LanguageCode().IsMatch(edit.Language) ? $"language: '{edit.Language}' is not a two-letter ISO 639-1 code such as ru or en"
            : edit.Jurisdiction is { } j && !JurisdictionCode().IsMatch(j) ? $"jurisdiction: '{j}' is not a code such as RU, EAEU, INT or US"
            : edit.StatusVerified is { } v && !VerifiedDate().IsMatch(v) ? $"status verified: '{v}' is not a date (YYYY-MM-DD) or month (YYYY-MM)"
            : edit.IcsCodes.FirstOrDefault(c => !IcsCode().IsMatch(c)) is { } ics ? $"ICS: '{ics}' is not an ICS code such as 13.280 or 11.040.50"
            : edit.EffectiveOn < edit.ApprovedOn ? "effective: the document cannot take effect before it was approved"
            : edit.WithdrawnOn < edit.EffectiveOn ? "withdrawn: the document cannot be withdrawn before it took effect"
            : null;
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Z]{2,8}$")]
    private static partial Regex JurisdictionCode();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")]
    private static partial Regex VerifiedDate();

    [GeneratedRegex(@"^\d{2}(\.\d{3}(\.\d{2})?)?$")]
    private static partial Regex IcsCode();
}
