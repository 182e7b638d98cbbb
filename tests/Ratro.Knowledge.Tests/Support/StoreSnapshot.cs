using Microsoft.Data.Sqlite;

namespace Ratro.Knowledge.Tests.Support;

/// <summary>
/// Everything the store holds, as comparable text: every row of the document, clause and relation tables and
/// every file of the data directory's file store. Two equal snapshots mean nothing was added, changed or removed.
/// </summary>
public sealed record StoreSnapshot(string Rows, string Files)
{
    public static StoreSnapshot Take(string dataDirectory)
    {
        var rows = new List<string>();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "ratro.db")};Pooling=False"))
        {
            connection.Open();
            foreach (var table in new[] { "documents", "clauses", "relations" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table} ORDER BY 1";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add(table + ":" + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
        }

        var filesRoot = Path.Combine(dataDirectory, "files");
        IEnumerable<string> files = Directory.Exists(filesRoot)
            ? Directory.EnumerateFiles(filesRoot, "*", SearchOption.AllDirectories).Select(f => $"{Path.GetRelativePath(filesRoot, f)}:{new FileInfo(f).Length}").Order(StringComparer.Ordinal)
            : [];
        return new StoreSnapshot(string.Join("\n", rows), string.Join("\n", files));
    }
}
