using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>
/// Reads the relevance set (queries.tsv beside the tests): a header, then one query a line with the columns
/// query, expected (canonical designations separated by <c>;</c>), kind, lang and filters (<c>type:…</c>,
/// <c>status:…</c>, <c>lang:…</c> separated by spaces; empty for none).
/// </summary>
public static class RelevanceSet
{
    public static string DefaultPath => TestData.Path("Search", "Relevance", "queries.tsv");

    public static IReadOnlyList<RelevanceQuery> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var result = new List<RelevanceQuery>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length < 4)
            {
                throw new FormatException($"{path}, line {i + 1}: expected at least 4 tab-separated columns, found {cells.Length}");
            }

            var expected = cells[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var filters = cells.Length > 4 ? ParseFilters(cells[4], path, i + 1) : SearchFilters.None;
            result.Add(new RelevanceQuery(i + 1, cells[0].Trim(), expected, cells[2].Trim(), cells[3].Trim(), filters));
        }

        return result;
    }

    public static SearchFilters ParseFilters(string text, string path, int line)
    {
        var types = new List<DocumentType>();
        var statuses = new List<DocumentStatus>();
        var languages = new List<string>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf(':') is > 0 and var colon ? (part[..colon], part[(colon + 1)..]) : (part, "");
            switch (key)
            {
                case "type":
                    types.Add(EnumNames.Parse<DocumentType>(value));
                    break;
                case "status":
                    statuses.Add(EnumNames.Parse<DocumentStatus>(value));
                    break;
                case "lang":
                    languages.Add(value);
                    break;
                default:
                    throw new FormatException($"{path}, line {line}: unknown filter '{part}'");
            }
        }

        return new SearchFilters { Types = types, Statuses = statuses, Languages = languages };
    }
}
