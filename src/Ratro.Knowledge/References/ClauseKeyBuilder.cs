using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// Clause keys of a chain: the outermost component keyed by <see cref="ClauseKeys.Normalize"/>, inner ones scoped under it
/// ("пунктами 2 - 11 части 1 статьи 6" → article:6/1/2 … article:6/1/11; "пп. "а" п. 5" → 5/а; "табл. 1 прил. 2" → annex:2/table:1).
/// Parts, items and sub-items inside a container are keyed by their bare number. Relative references
/// ("частью 3 настоящей статьи") key the outermost part or item by its bare number too, for scoping under the enclosing clause.
/// </summary>
internal static class ClauseKeyBuilder
{
    public static IReadOnlyList<string> Keys(ClauseChain chain)
    {
        var ordered = chain.Components
            .Select((component, index) => (component, index))
            .OrderByDescending(p => p.component.Level)
            .ThenByDescending(p => p.index)
            .Select(p => p.component)
            .ToArray();
        var keys = OuterKeys(ordered[0], chain.Scope != ReferenceScope.Document).ToList();
        foreach (var inner in ordered.Skip(1))
        {
            var innerKeys = ComponentKeys(inner, bare: ClauseWords.KeyedBare(inner.Word)).ToArray();
            keys = keys.SelectMany(outer => innerKeys.Select(key => ClauseKeys.Scoped(outer, key))).ToList();
        }

        return keys.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<string> OuterKeys(ClauseComponent component, bool relative) =>
        ComponentKeys(component, bare: relative && ClauseWords.KeyedBare(component.Word));

    private static IEnumerable<string> ComponentKeys(ClauseComponent component, bool bare) =>
        component.Items
            .SelectMany(ClauseRange.Expand)
            .Select(number => Unquote(number))
            .Select(number => bare ? ClauseKeys.Normalize(number) : ClauseKeys.Normalize($"{component.Word} {number}"))
            .Where(key => key.Length > 0);

    private static string Unquote(string number) => number.Trim('"');
}
