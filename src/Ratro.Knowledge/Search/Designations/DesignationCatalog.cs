namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// The designations of indexed documents by normalized key (see <see cref="DesignationTokens"/>): every
/// canonical, printed designation and alias; the same without the issuer words in front ("TRS 398" for
/// "IAEA TRS-398"); and undated work keys ("iec 60601 2 1" for "IEC 60601-2-1:2020"). Immutable; engines
/// build one per index version.
/// </summary>
public sealed class DesignationCatalog
{
    private readonly Dictionary<string, HashSet<string>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> undated = new(StringComparer.Ordinal);

    public DesignationCatalog(IEnumerable<(string Canonical, IReadOnlyList<string> Designations)> documents)
    {
        foreach (var (canonical, designations) in documents)
        {
            foreach (var designation in designations.Append(canonical))
            {
                var tokens = DesignationTokens.Tokenize(designation).Select(t => t.Value).ToList();
                foreach (var key in Keys(tokens))
                {
                    Add(exact, key, canonical);
                }

                if (tokens.Count > 1 && DesignationTokens.IsYear(tokens[^1], tokens[^2]))
                {
                    foreach (var key in Keys(tokens[..^1]))
                    {
                        Add(undated, key, canonical);
                    }
                }
            }
        }

        LongestKey = exact.Keys.Concat(undated.Keys).Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    public static DesignationCatalog Empty { get; } = new([]);

    /// <summary>Most tokens in any key; recognizers need not look at longer windows.</summary>
    public int LongestKey { get; }

    public int Count => exact.Count;

    /// <summary>Canonical designations of documents known by this designation, in any written form.</summary>
    public IReadOnlyList<string> Find(string designation) => Lookup(exact, DesignationTokens.Key(designation));

    /// <summary>Canonical designations of documents whose designation, without its year, is this one.</summary>
    public IReadOnlyList<string> FindUndated(string workKey) => Lookup(undated, DesignationTokens.Key(workKey));

    internal IReadOnlyList<string> FindKey(string key) => Lookup(exact, key);

    internal IReadOnlyList<string> FindUndatedKey(string key) => Lookup(undated, key);

    /// <summary>The whole key, and the key without leading letter-only words while something with a digit and a letter remains.</summary>
    private static IEnumerable<string> Keys(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            yield break;
        }

        yield return string.Join(' ', tokens);
        for (var skip = 1; skip < tokens.Count && tokens[skip - 1].All(char.IsLetter); skip++)
        {
            var rest = tokens.Skip(skip).ToList();
            if (rest.Count >= 2 && rest.Any(t => t.Any(char.IsDigit)) && rest.Any(t => t.Any(char.IsLetter)))
            {
                yield return string.Join(' ', rest);
            }
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string canonical)
    {
        if (!DesignationTokens.HasDigit(key))
        {
            return;
        }

        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(canonical);
    }

    private static IReadOnlyList<string> Lookup(Dictionary<string, HashSet<string>> map, string key) =>
        map.TryGetValue(key, out var set) ? set.Order(StringComparer.Ordinal).ToList() : [];
}
