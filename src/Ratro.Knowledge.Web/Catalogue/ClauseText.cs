using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// The paragraphs of a clause's text as a page shows them. The stored text repeats each table row as "cell | cell" (so
/// search finds table contents); those lines, and a repeated table caption, are left out because the table itself is
/// rendered below the text.
/// </summary>
public static class ClauseText
{
    public static IReadOnlyList<string> Paragraphs(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var lines = clause.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clause.Tables.Count == 0)
        {
            return lines;
        }

        var repeated = clause.Tables
            .SelectMany(t => t.Rows.Select(r => string.Join(" | ", r.Select(c => c.Trim()))).Append(t.Caption ?? ""))
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        return lines.Where(l => !repeated.Contains(l)).ToList();
    }
}
