using System.Globalization;
using Ratro.Knowledge.Answers;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>`ratro ask --explain`: the question's reading, the retrieved documents and the best passages with their scores.</summary>
internal static class ExplanationText
{
    public static async Task WriteAsync(TextWriter output, AnswerExplanation? explanation)
    {
        if (explanation is null)
        {
            await output.WriteLineAsync("The question cannot be asked (empty, too long or without words).");
            return;
        }

        var q = explanation.Question;
        await output.WriteLineAsync($"language {q.Language}; search \"{q.SearchText}\"");
        await output.WriteLineAsync($"documents: {string.Join("; ", q.Documents.Select(d => d.Document.Canonical))}; clauses: {string.Join("; ", q.Clauses.Select(c => c.Key))}; unresolved: {string.Join("; ", q.Unresolved)}");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cues: in force {q.WantsInForce} (date {q.Date}), status {q.AsksStatus}, comparison {q.Compares}, value {q.AsksValue}, kinds {string.Join(",", q.Kinds.Select(k => k.Word))}"));
        foreach (var concept in q.Concepts)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  concept '{concept.Written}' w={concept.Weight:0.00}{(concept.Unknown ? " unknown" : "")}{(concept.Bilingual ? " bilingual" : "")} [{string.Join(" | ", concept.Alternatives.Take(4).Select(a => string.Join(' ', a)))}]"));
        }

        await output.WriteLineAsync($"ranked: {string.Join("; ", explanation.Retrieval.RankedDocuments.Select(d => d.Canonical))}");
        foreach (var p in explanation.Passages)
        {
            var c = p.Clause.Candidate;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{p.Score:0.000} conf {p.Confidence:0.000} pc {p.PassageCoverage:0.00} cc {p.ClauseCoverage:0.00} prior {c.Prior:0.00} {c.Origin} {c.Document.Canonical} {c.Clause.Number}: {Short(p.Passage.Text)}"));
        }
    }

    private static string Short(string text) => text.Length <= 110 ? text : text[..109] + "…";
}
