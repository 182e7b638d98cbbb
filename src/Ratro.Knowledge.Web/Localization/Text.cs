using System.Globalization;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>
/// One user-facing string in both site languages. Rendering it (<see cref="ToString"/>) picks the language of the
/// current request's UI culture, so views write <c>@SiteText.Home</c> and get Russian or English.
/// </summary>
public sealed record Text(string Ru, string En)
{
    public string For(CultureInfo culture) => Cultures.IsEnglish(culture) ? En : Ru;

    public string For(string language) => language == Cultures.English ? En : Ru;

    /// <summary>The string in the current UI culture with the placeholders ({0}, {1}) filled in.</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.CurrentCulture, ToString(), args);

    public override string ToString() => For(CultureInfo.CurrentUICulture);

    public static implicit operator string(Text text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString();
    }
}
