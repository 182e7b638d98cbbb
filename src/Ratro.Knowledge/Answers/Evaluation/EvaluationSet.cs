namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// Reads an evaluation TSV: a header naming the columns <c>question</c>, <c>expected_document</c> (canonical
/// designations separated by <c>;</c>, empty when the question must be refused), <c>expected_fact</c> (optional) and
/// <c>kind</c>, in any order; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class EvaluationSet
{
    private static readonly string[] Columns = ["question", "expected_document", "expected_fact", "kind"];

    public static IReadOnlyList<EvaluationQuestion> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the evaluation file '{path}' does not exist", path);
        }

        return Parse(File.ReadAllLines(path), path);
    }

    public static IReadOnlyList<EvaluationQuestion> Parse(IReadOnlyList<string> lines, string source)
    {
        var headerAt = Enumerable.Range(0, lines.Count).FirstOrDefault(i => lines[i].Trim().Length > 0 && !lines[i].StartsWith('#'), -1);
        if (headerAt < 0)
        {
            throw new FormatException($"{source}: the file has no header line");
        }

        var header = lines[headerAt].Split('\t').Select(c => c.Trim().ToLowerInvariant()).ToList();
        foreach (var column in Columns.Where(c => !header.Contains(c)))
        {
            throw new FormatException($"{source}: the header has no column '{column}' (columns: {string.Join(", ", header)})");
        }

        var questions = new List<EvaluationQuestion>();
        for (var i = headerAt + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            string Cell(string name) => header.IndexOf(name) is var at && at < cells.Length ? cells[at].Trim() : "";
            var question = Cell("question");
            if (question.Length == 0)
            {
                throw new FormatException($"{source}:{i + 1}: the question is empty");
            }

            var expected = Cell("expected_document").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var fact = Cell("expected_fact");
            questions.Add(new EvaluationQuestion(question, expected, fact.Length > 0 ? fact : null, Cell("kind"), i + 1));
        }

        return questions;
    }
}
