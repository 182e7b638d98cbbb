using System.Text.RegularExpressions;
using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// Amendments of an act: the list under «Список изменяющих документов» and any «(в ред. Федеральных законов от 25.11.2009
/// N 266-ФЗ, от 27.12.2009 N 363-ФЗ, …)» — one amends relation per amending act, the act being the source; and amendment
/// documents «Изменение N 1 к МУ 2.6.1.3015-12», which amend their parent. Items that print only "от {date} N {number}"
/// take the kind of act from the item before them.
/// </summary>
internal static partial class AmendmentLists
{
    public static IEnumerable<FoundRelation> Find(PrefaceText text, string target)
    {
        for (var list = EditionList().Match(text.Folded); list.Success; list = list.NextMatch())
        {
            var items = list.Groups["items"];
            var named = text.Within(items.Index, items.Index + items.Length).ToList();
            Designation? previous = null;
            foreach (var item in Items(text, items, named))
            {
                var found = item.Designation ?? Inherit(previous, item.Text);
                if (found is not null)
                {
                    previous = found;
                    yield return Relation(found.Canonical, target, found.Date, item.Text, item.Start);
                }
            }
        }

        foreach (var amendment in text.Designations.Where(d => d.Designation is { Parent: not null, Family: not DesignationFamily.UsCfr }))
        {
            yield return Relation(amendment.Designation.Canonical, amendment.Designation.Parent!, null, text.Slice(amendment.Start, amendment.End), amendment.Start);
        }
    }

    /// <summary>The designations of a list and its "от {date} N {number}" items no designation covers, in text order.</summary>
    private static IEnumerable<(int Start, string Text, Designation? Designation)> Items(PrefaceText text, Group items, List<DesignationMatch> named)
    {
        var result = named.Select(d => (d.Start, text.Slice(d.Start, d.End), (Designation?)d.Designation)).ToList();
        for (var item = DatedNumber().Match(text.Folded, items.Index, items.Length); item.Success; item = item.NextMatch())
        {
            if (!named.Any(d => item.Index < d.End && d.Start < item.Index + item.Length))
            {
                result.Add((item.Index, text.Slice(item.Index, item.Index + item.Length), null));
            }
        }

        return result.OrderBy(r => r.Start);
    }

    /// <summary>"от 16.09.2022 N 752/пр" after "Приказа Минстроя России от … N …": the same kind of act, its own date and number.</summary>
    private static Designation? Inherit(Designation? previous, string item)
    {
        if (previous is null)
        {
            return null;
        }

        var sign = previous.Canonical.IndexOf(" № ", StringComparison.Ordinal);
        return sign < 0 ? null
            : DesignationParser.TryParse($"{previous.Canonical[..sign]} {item.Trim()}", out var inherited) ? inherited : null;
    }

    private static FoundRelation Relation(string source, string target, DateOnly? date, string evidence, int position) => new()
    {
        SourceCanonical = source,
        Type = RelationType.Amends,
        TargetCanonical = target,
        SourceDate = date,
        Origin = RelationOrigin.Preface,
        Evidence = evidence,
        Position = position,
    };

    [GeneratedRegex(@"\(\s*(?:в\s+ред(?:\.|акции)|с\s+изм(?:\.|енениями)(?:,?\s+внесенными)?)\s+(?<items>[^()]{5,4000}?)\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EditionList();

    [GeneratedRegex(@"от\s+" + PatternParts.Date + @"\s*(?:№|N)\s*[\d\p{L}/-]+", RegexOptions.CultureInvariant)]
    private static partial Regex DatedNumber();
}
