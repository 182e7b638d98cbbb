using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>How records read on the pages: titles in the document's own language with the other one beside, pages, levels, dates.</summary>
public static class DocumentDisplay
{
    /// <summary>The title in the document's own language, and its language code.</summary>
    public static (string Text, string Language) OwnTitle(NormativeDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var english = d.Language == Cultures.English;
        var own = english ? d.TitleEn : d.TitleRu;
        return own is not null
            ? (own, english ? Cultures.English : Cultures.Russian)
            : d.TitleRu is not null ? (d.TitleRu, Cultures.Russian) : d.TitleEn is not null ? (d.TitleEn, Cultures.English) : (d.Designation, d.Language);
    }

    /// <summary>The title in the other language, when there is one different from the own title.</summary>
    public static (string Text, string Language)? OtherTitle(NormativeDocument d)
    {
        var (own, language) = OwnTitle(d);
        var other = language == Cultures.English ? d.TitleRu : d.TitleEn;
        return other is not null && other != own ? (other, Cultures.Other(language)) : null;
    }

    public static string? Pages(int? start, int? end) =>
        start is not { } from ? null
        : end is { } to && to > from ? DocumentText.PageRange.Format(from, to)
        : DocumentText.Page.Format(from);

    public static Text Access(AccessLevel level) => level switch
    {
        AccessLevel.Members => DocumentText.AccessMembers,
        AccessLevel.Restricted => DocumentText.AccessRestricted,
        _ => DocumentText.AccessPublic,
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"2024-11" or "2024-11-05" as the visitor reads dates.</summary>
    public static string Verified(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Date(day)
        : DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
            : value;

    public static string EditionLabel(NormativeDocument d) =>
        d.Edition is { } label && d.EditionDate is { } date ? $"{label} ({Date(date)})"
        : d.Edition ?? (d.EditionDate is { } only ? Date(only) : DocumentText.NoEditionLabel);

    /// <summary>The year a document is filed under: its edition, else effective, else approval date.</summary>
    public static int? Year(NormativeDocument d) => (d.EditionDate ?? d.EffectiveOn ?? d.ApprovedOn)?.Year;

    /// <summary>Language name of an ISO code in the visitor's language.</summary>
    public static string LanguageName(string code) => code switch
    {
        "ru" => DocumentText.LanguageRu,
        "en" => DocumentText.LanguageEn,
        "pt" => DocumentText.LanguagePt,
        _ => code,
    };
}
