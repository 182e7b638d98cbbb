using System.Text.RegularExpressions;
using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// Adoption statements of a preface: degree markers «(IEC 62083:2009, IDT)», «(ISO/IEC 27001:2013, IDT)» and sentences
/// «идентичен международному стандарту МЭК 62083:2009», «модифицирован по отношению к …», «неэквивалентен …»,
/// «представляет собой аутентичный текст …». The target keeps the edition the statement gives.
/// </summary>
internal static partial class AdoptionStatements
{
    public static IEnumerable<FoundRelation> Find(PrefaceText text, string source)
    {
        for (var match = Marker().Match(text.Folded); match.Success; match = match.NextMatch())
        {
            if (DesignationParser.TryParse(match.Groups["d"].Value, out var target) && IsInternational(target))
            {
                yield return Relation(source, target, Degree(match.Groups["deg"].Value), text.Slice(match.Index, match.Index + match.Length), match.Index);
            }
        }

        for (var match = Statement().Match(text.Folded); match.Success; match = match.NextMatch())
        {
            var end = Math.Min(text.Folded.Length, match.Index + match.Length + 250);
            var target = text.Within(match.Index + match.Length, end).FirstOrDefault(d => IsInternational(d.Designation));
            if (target is not null)
            {
                var degree = Degree(match.Groups["verb"].Value);
                yield return Relation(source, target.Designation, degree, text.Slice(match.Index, target.End), match.Index);
            }
        }
    }

    private static bool IsInternational(Designation designation) => designation.Family is DesignationFamily.Iec or DesignationFamily.Iso
        or DesignationFamily.IsoIec or DesignationFamily.RegionalAdoption;

    private static CorrespondenceDegree Degree(string word) => word.ToUpperInvariant() switch
    {
        "MOD" => CorrespondenceDegree.Mod,
        "NEQ" => CorrespondenceDegree.Neq,
        var w when w.StartsWith("МОДИФИЦИРОВАН", StringComparison.Ordinal) => CorrespondenceDegree.Mod,
        var w when w.StartsWith("НЕ", StringComparison.Ordinal) => CorrespondenceDegree.Neq,
        _ => CorrespondenceDegree.Idt,
    };

    private static FoundRelation Relation(string source, Designation target, CorrespondenceDegree degree, string evidence, int position) => new()
    {
        SourceCanonical = source,
        Type = RelationType.Adopts,
        TargetCanonical = target.Canonical,
        TargetEdition = target.Amendment ?? target.Edition,
        Degree = degree,
        Origin = RelationOrigin.Preface,
        Evidence = evidence,
        Position = position,
    };

    [GeneratedRegex(@"\(\s*(?<d>[^()\n,]{3,80}?)\s*,\s*(?<deg>IDT|MOD|NEQ)\s*\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<verb>идентичен|модифицирован|неэквивалентен|не\s+эквивалентен|аутентичн)\p{L}*\s+(?:(?:по\s+отношению\s+к|текст(?:ом)?|перевод\p{L}*)\s+)?"
        + @"(?:международн\p{L}*|европейск\p{L}*|регионал\p{L}*)?\s*(?:стандарт\p{L}*|документ\p{L}*|техническ\p{L}*\s+(?:отчет|доклад)\p{L}*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Statement();
}
