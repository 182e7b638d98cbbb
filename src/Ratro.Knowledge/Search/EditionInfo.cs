using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>The facts of one indexed edition an engine filters, groups, sorts and counts by, as it reads them back from its index.</summary>
public sealed record EditionInfo(
    long Key,
    Guid Id,
    string Canonical,
    string Designation,
    IReadOnlyList<string> Designations,
    string Language,
    DocumentType Type,
    DocumentStatus Status,
    string Issuer,
    string Jurisdiction,
    IReadOnlyList<string> IcsCodes,
    AccessLevel Access,
    bool IsCurrentEdition,
    bool IsDraft,
    bool IsSynthetic,
    DateOnly? Date,
    ValidityInterval Validity)
{
    /// <summary>Designation with digit runs padded, so "ГОСТ Р 9" sorts before "ГОСТ Р 10".</summary>
    public string SortKey { get; } = SortKeyOf(Designation);

    /// <summary>The sort key of a designation: lower case, digit runs padded to ten places.</summary>
    public static string SortKeyOf(string text)
    {
        var builder = new System.Text.StringBuilder();
        var digits = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsDigit(c))
            {
                digits.Append(c);
                continue;
            }

            if (digits.Length > 0)
            {
                builder.Append(digits.ToString().PadLeft(10, '0'));
                digits.Clear();
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
