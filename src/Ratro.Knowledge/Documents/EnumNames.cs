using System.Collections.Frozen;
using System.Text;

namespace Ratro.Knowledge.Documents;

/// <summary>
/// Stable snake_case names for the record's enums, used in front matter, JSON, the CLI and the index
/// (<c>DocumentType.FederalLaw</c> is <c>federal_law</c>).
/// </summary>
public static class EnumNames
{
    public static string ToName<T>(T value) where T : struct, Enum => Cache<T>.Names[value];

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException(
                $"'{text}' is not a {typeof(T).Name}; expected one of: {string.Join(", ", Cache<T>.Names.Values)}.");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim().Replace('-', '_').Replace(' ', '_').ToLowerInvariant();
        return Cache<T>.Values.TryGetValue(key, out value);
    }

    public static IReadOnlyCollection<string> All<T>() where T : struct, Enum => Cache<T>.Names.Values;

    internal static string SnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));

        public static readonly FrozenDictionary<string, T> Values =
            Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
