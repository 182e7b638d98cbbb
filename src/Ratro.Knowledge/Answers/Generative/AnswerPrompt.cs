using System.Text;
using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// The prompt of the generative answerer: the embedded template <c>Answers/Prompts/answer.txt</c> and the numbered
/// clause list it is filled with. <see cref="NotFoundToken"/> is the fixed reply the model gives when the clauses do
/// not answer; the answerer detects it.
/// </summary>
public static class AnswerPrompt
{
    public const string NotFoundToken = "NO_ANSWER_IN_KNOWLEDGE_BASE";

    private const string Resource = "Ratro.Knowledge.Answers.Prompts.answer.txt";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(AnswerPrompt).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded prompt '{Resource}' is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    public static string Template => Text.Value;

    /// <summary>"[1] СанПиН 2.6.1.2523-09 (НРБ-99/2009), Таблица 3.1 — Основные пределы доз; status: in force" and the clause text, for each clause.</summary>
    public static string Clauses(IReadOnlyList<CandidateClause> clauses, string language)
    {
        var builder = new StringBuilder();
        foreach (var (clause, n) in clauses.Select((c, i) => (c, i + 1)))
        {
            builder.Append('[').Append(n).Append("] ")
                .Append(ClauseLabels.Document(clause.Document)).Append(", ").Append(ClauseLabels.Clause(clause.Clause, language));
            if (clause.Clause.Heading is { Length: > 0 } heading && clause.Clause.Number.Length > 0)
            {
                builder.Append(" — ").Append(heading);
            }

            builder.Append("; status: ").Append(Documents.EnumNames.ToName(clause.Document.Status).Replace('_', ' '))
                .Append('\n').Append(clause.Clause.Text.Trim()).Append("\n\n");
        }

        return builder.ToString().TrimEnd();
    }

    public static string LanguageName(string language) => language == "ru" ? "Russian" : "English";
}
