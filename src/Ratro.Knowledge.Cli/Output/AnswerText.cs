using System.Globalization;
using Ratro.Knowledge.Answers;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>An answer for people: the text, the numbered citations with quote, status and link, or the closest documents; then confidence and notes.</summary>
internal static class AnswerText
{
    public static async Task WriteAsync(TextWriter output, Answer answer)
    {
        await output.WriteLineAsync(answer.Text);
        if (answer.Citations.Count > 0)
        {
            await output.WriteLineAsync();
        }

        foreach (var citation in answer.Citations)
        {
            var clause = citation.Clause.Number.Length > 0 ? citation.Clause.Number : citation.Clause.Heading ?? citation.Clause.Key;
            var page = citation.Page is { } p ? $", p. {p}" : "";
            await output.WriteLineAsync($"[{citation.Number}] {citation.Designation} — {clause}{page} ({citation.Status}{(citation.StatusNote is { } note ? "; " + note : "")})");
            await output.WriteLineAsync($"    “{citation.Quote}”");
            await output.WriteLineAsync($"    {citation.Link}");
        }

        if (answer.ClosestDocuments.Count > 0)
        {
            await output.WriteLineAsync();
            foreach (var document in answer.ClosestDocuments)
            {
                await output.WriteLineAsync($"  - {document.Designation} — {document.Title} ({document.Status}) {document.Link}");
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"confidence {answer.Confidence:0.00} · {answer.Method}"));
        foreach (var note in answer.Notes)
        {
            await output.WriteLineAsync($"note: {note}");
        }
    }
}
