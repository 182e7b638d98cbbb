namespace Ratro.Knowledge.Documents;

/// <summary>A table kept as rows of cell texts; the first row is the header when <see cref="HasHeader"/>.</summary>
public sealed record ClauseTable(string? Caption, IReadOnlyList<IReadOnlyList<string>> Rows, bool HasHeader = true)
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);
}
