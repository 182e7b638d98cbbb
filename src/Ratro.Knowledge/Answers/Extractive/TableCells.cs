using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// Reads one cell out of a table row the question points at: the column whose header covers the question best
/// ("Персонал (группа А)" for a question about group A personnel). The phrase names the row and the column; when no
/// single column stands out the whole row is the phrase.
/// </summary>
public static class TableCells
{
    public static string Phrase(Clause clause, Passage row, QuestionAnalysis question)
    {
        foreach (var table in clause.Tables.Where(t => t.HasHeader && t.Rows.Count > 1))
        {
            var cells = table.Rows.Skip(1).FirstOrDefault(r => string.Join(" | ", r) == row.Text);
            if (cells is null || cells.Count < 2)
            {
                continue;
            }

            var header = table.Rows[0];
            var scores = Enumerable.Range(1, cells.Count - 1)
                .Select(j => (Column: j, Score: j < header.Count ? Coverage(header[j], question) : 0))
                .OrderByDescending(s => s.Score)
                .ToList();
            var best = scores[0];
            if (best.Score > 0 && (scores.Count == 1 || best.Score > scores[1].Score) && cells[best.Column].Length > 0)
            {
                return $"{cells[0]} — {header[best.Column]}: {cells[best.Column]}";
            }
        }

        return row.Text;
    }

    private static double Coverage(string header, QuestionAnalysis question)
    {
        var stems = Words.Stems(header).ToHashSet(StringComparer.Ordinal);
        return question.Concepts.Sum(c => c.Weight * c.Match(stems));
    }
}
