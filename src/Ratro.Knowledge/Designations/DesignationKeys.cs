using System.Collections.Concurrent;
using System.Text;

namespace Ratro.Knowledge.Designations;

/// <summary>
/// Lookup keys of the reference graph. A key is the canonical designation the parser gives for a text (else the text
/// itself, spaces collapsed), upper-cased: "НРБ-99/2009", "СанПиН 2.6.1.2523-09" and "санпин 2.6.1.2523-09" share
/// the key "САНПИН 2.6.1.2523-09". A key equal to its own work key is undated: it means the latest edition of its work.
/// Parses are cached: the same few hundred designations are looked up again and again.
/// </summary>
public static class DesignationKeys
{
    private const int CacheLimit = 20_000;
    private static readonly ConcurrentDictionary<string, Designation?> Parses = new(StringComparer.Ordinal);

    /// <summary>The parsed designation of a text, or null when the parser knows no designation in it.</summary>
    public static Designation? Parse(string text)
    {
        if (Parses.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (Parses.Count >= CacheLimit)
        {
            Parses.Clear();
        }

        var parsed = DesignationParser.TryParse(text, out var designation) ? designation : null;
        Parses[text] = parsed;
        return parsed;
    }

    /// <summary>The key of a designation as written.</summary>
    public static string Key(string designation) => Upper(Display(designation));

    /// <summary>The canonical form to show for a designation as written: the parser's canonical, else the text tidied.</summary>
    public static string Display(string designation) => Parse(designation)?.Canonical ?? Collapse(designation);

    /// <summary>The undated identity's key: "IEC 62083:2009" → "IEC 62083"; the key itself where no edition is part of it.</summary>
    public static string WorkKey(string designation) => Upper(Parse(designation)?.WorkKey ?? Collapse(designation));

    /// <summary>True when a reference by this designation means the latest edition of its work ("IEC 60601-2-1", "ГОСТ Р 50267.0").</summary>
    public static bool IsUndated(string designation) => Key(designation) == WorkKey(designation);

    /// <summary>An edition or amendment marker written into the designation ("IAEA TRS-398 (Rev. 1)" → "Rev. 1"); null when none.</summary>
    public static string? EditionOf(string designation) => Parse(designation) is { } d ? d.Amendment ?? d.Edition : null;

    /// <summary>The year the designation states, for ordering editions of one work; null when none.</summary>
    public static int? YearOf(string designation) => Parse(designation)?.Year;

    /// <summary>
    /// Every key a document answers to: its canonical designation (<see cref="DocumentNameKind.Canonical"/>) and its printed
    /// designation and aliases (<see cref="DocumentNameKind.Alias"/>), each as parsed and as written.
    /// </summary>
    public static IReadOnlyList<(string Key, DocumentNameKind Kind)> NamesOf(string canonical, string? designation, IEnumerable<string> aliases)
    {
        var names = new List<(string, DocumentNameKind)>();
        void Add(string? text, DocumentNameKind kind)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            foreach (var key in new[] { Key(text), Upper(Collapse(text)) })
            {
                if (!names.Exists(n => n.Item1 == key))
                {
                    names.Add((key, kind));
                }
            }
        }

        Add(canonical, DocumentNameKind.Canonical);
        Add(designation, DocumentNameKind.Alias);
        foreach (var alias in aliases)
        {
            Add(alias, DocumentNameKind.Alias);
        }

        return names;
    }

    private static string Upper(string text) => text.ToUpperInvariant();

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
