using System.Collections.Frozen;
using System.Reflection;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>
/// Every <see cref="Text"/> declared as a static property of the string tables, by "Table.Name" key. Used by the
/// data-annotation localizer (validation messages name their key) and by the tests that check both languages.
/// </summary>
public static class TextCatalog
{
    public static IReadOnlyList<Type> Tables { get; } =
        [
            typeof(SiteText), typeof(AccountText), typeof(AdminText), typeof(ErrorText), typeof(ValidationText),
            typeof(DocumentText), typeof(StatusText), typeof(JurisdictionText), typeof(SearchText), typeof(GlossaryText),
            typeof(DocumentAdminText), typeof(FeedText),
        ];

    public static FrozenDictionary<string, Text> All { get; } = Build();

    public static Text? Find(string key) => All.GetValueOrDefault(key);

    private static FrozenDictionary<string, Text> Build()
    {
        var entries = new Dictionary<string, Text>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            foreach (var property in table.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Text)))
            {
                entries[$"{table.Name}.{property.Name}"] = (Text)property.GetValue(null)!;
            }
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
