using System.Globalization;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>The two site languages. Russian is the default; English is the other.</summary>
public static class Cultures
{
    public const string Russian = "ru";

    public const string English = "en";

    public const string Default = Russian;

    public static IReadOnlyList<string> All { get; } = [Russian, English];

    public static bool IsSupported(string? culture) => culture is Russian or English;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == English;

    /// <summary>The language of the current request ("ru" or "en").</summary>
    public static string Current => IsEnglish(CultureInfo.CurrentUICulture) ? English : Russian;

    public static string Other(string culture) => culture == English ? Russian : English;
}
