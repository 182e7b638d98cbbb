using Microsoft.Extensions.Localization;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>
/// Resolves "Table.Name" keys of the string tables in the current UI culture. Data annotations (display names,
/// validation messages) name their keys; an unknown key is shown as written and reported as not found.
/// </summary>
public sealed class TextStringLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => Resolve(name, []);

    public LocalizedString this[string name, params object[] arguments] => Resolve(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TextCatalog.All.Select(p => new LocalizedString(p.Key, p.Value.ToString()));

    private static LocalizedString Resolve(string name, object[] arguments)
    {
        var text = TextCatalog.Find(name);
        if (text is null)
        {
            return new LocalizedString(name, arguments.Length == 0 ? name : string.Format(System.Globalization.CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);
        }

        return new LocalizedString(name, arguments.Length == 0 ? text.ToString() : text.Format(arguments));
    }
}
