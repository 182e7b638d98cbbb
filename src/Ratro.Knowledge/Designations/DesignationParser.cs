using System.Diagnostics.CodeAnalysis;
using Ratro.Knowledge.Designations.Rules;

namespace Ratro.Knowledge.Designations;

/// <summary>
/// Parses one designation string — possibly with a title, a date, "N"/"No."/"№", "ред. от", case endings, file-name
/// underscores — into its canonical form. The designation that starts first in the string is the one parsed
/// ("СанПиН 2.6.1.2523-09 (НРБ-99/2009)" is the СанПиН; the alias in parentheses names the same document).
/// </summary>
public static class DesignationParser
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out Designation? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = TextFold.Fold(text);
        var context = new RuleContext(text, folded, WholeInput: true);
        var best = (Start: int.MaxValue, Length: 0, Designation: (Designation?)null);
        foreach (var rule in DesignationRules.All)
        {
            if (!DesignationScanner.ContainsAny(folded, rule.Literals))
            {
                continue;
            }

            for (var match = rule.Pattern.Match(folded); match.Success && match.Index <= best.Start; match = match.NextMatch())
            {
                if (match.Length == 0 || (match.Index == best.Start && match.Length <= best.Length))
                {
                    continue;
                }

                if (rule.Build(match, context) is { } designation)
                {
                    best = (match.Index, match.Length, designation);
                    break;
                }
            }
        }

        result = best.Designation;
        return result is not null;
    }

    /// <exception cref="DesignationFormatException">The text holds no designation the parser knows.</exception>
    public static Designation Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DesignationFormatException(text ?? "", "the text is empty");
        }

        return TryParse(text, out var result)
            ? result
            : throw new DesignationFormatException(text, "no known designation family (law, order, СанПиН/СП/МУ, ГОСТ, IEC/ISO, IAEA, ICRP/ICRU, AAPM, NCRP, CFR, Euratom, CNEN) matches it");
    }
}
