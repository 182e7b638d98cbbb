namespace Ratro.Knowledge.Glossary;

/// <summary>
/// Reads the glossary TSV: a header row
/// <c>key term_ru term_en definition_ru definition_en source synonyms_ru synonyms_en abbreviations</c>
/// (columns found by name, so their order may change), then one term per line; synonyms and abbreviations are
/// separated by <c>;</c>. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class GlossaryLoader
{
    private static readonly string[] Required = ["key", "term_ru", "term_en"];

    /// <summary>The glossary at <paramref name="path"/>, or an empty one saying the file is absent.</summary>
    public static async Task<Glossary> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Glossary.Empty(path, $"glossary file '{path}' not found: no cross-lingual expansion");
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        return Parse(lines, path);
    }

    /// <summary>The same, synchronously, for start-up.</summary>
    public static Glossary Load(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllLines(path), path)
            : Glossary.Empty(path, $"glossary file '{path}' not found: no cross-lingual expansion");

    public static Glossary Parse(IReadOnlyList<string> lines, string source)
    {
        var header = lines.Select((l, i) => (Line: l, Index: i)).FirstOrDefault(l => l.Line.Trim().Length > 0 && !l.Line.StartsWith('#'));
        if (header.Line is null)
        {
            return Glossary.Empty(source, $"glossary file '{source}' is empty");
        }

        var columns = header.Line.Split('\t').Select(c => c.Trim().ToLowerInvariant()).ToList();
        foreach (var name in Required.Where(n => !columns.Contains(n)))
        {
            throw new GlossaryFormatException($"{source}: the header has no column '{name}' (columns: {string.Join(", ", columns)}).");
        }

        var terms = new List<GlossaryTerm>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = header.Index + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            string? Cell(string name) => columns.IndexOf(name) is var at and >= 0 && at < cells.Length && cells[at].Trim() is { Length: > 0 } v ? v : null;
            var key = Cell("key") ?? throw new GlossaryFormatException($"{source}:{i + 1}: the term has no key.");
            if (!keys.Add(key))
            {
                throw new GlossaryFormatException($"{source}:{i + 1}: the key '{key}' appears twice.");
            }

            var ru = Cell("term_ru");
            var en = Cell("term_en");
            if (ru is null && en is null)
            {
                throw new GlossaryFormatException($"{source}:{i + 1}: the term '{key}' has neither term_ru nor term_en.");
            }

            terms.Add(new GlossaryTerm(
                key, ru ?? "", en ?? "", Cell("definition_ru"), Cell("definition_en"), Cell("source"),
                List(Cell("synonyms_ru")), List(Cell("synonyms_en")), List(Cell("abbreviations"))));
        }

        return new Glossary(terms, source);
    }

    private static IReadOnlyList<string> List(string? cell) =>
        cell is null ? [] : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
