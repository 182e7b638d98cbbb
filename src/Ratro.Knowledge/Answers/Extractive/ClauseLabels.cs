using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>How an answer names a clause and a document: "п. 3.1.2", "Таблица 3.1", "раздел «…»", "clause 4.2"; "СанПиН 2.6.1.2523-09 (НРБ-99/2009)".</summary>
public static class ClauseLabels
{
    public static string Clause(Clause clause, string language)
    {
        var ru = language == "ru";
        if (clause.Key == "preamble")
        {
            return ru ? "вводная часть" : "introduction";
        }

        if (clause.Number.Length == 0)
        {
            return ru ? $"раздел «{clause.Heading}»" : $"section \"{clause.Heading}\"";
        }

        return char.IsDigit(clause.Number[0]) ? (ru ? $"п. {clause.Number}" : $"clause {clause.Number}") : clause.Number;
    }

    public static string Document(NormativeDocument document) =>
        string.Equals(document.Designation, document.Canonical, StringComparison.Ordinal) || document.Designation.Length == 0
            ? document.Canonical
            : $"{document.Canonical} ({document.Designation})";
}
