namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>Tidies the rows read from a table grid.</summary>
internal static class TableRows
{
    /// <summary>Removes columns empty in every row (spacer columns), when all rows have the same number of cells.</summary>
    public static List<IReadOnlyList<string>> DropEmptyColumns(List<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0 || rows.Any(r => r.Count != rows[0].Count))
        {
            return rows;
        }

        var keep = Enumerable.Range(0, rows[0].Count).Where(c => rows.Any(r => r[c].Length > 0)).ToList();
        return keep.Count == rows[0].Count
            ? rows
            : rows.Select(r => (IReadOnlyList<string>)keep.Select(c => r[c]).ToList()).ToList();
    }
}
