using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// The answer to a question: its text and language, whether it was refused and why (<c>not_found</c> …), the citations
/// (numbered as the markers [1], [2] in the text), a confidence in [0, 1], the closest documents when refused, and notes.
/// </summary>
public sealed record AskResponse(
    string Question,
    string Answer,
    string Language,
    bool Refused,
    string? Reason,
    IReadOnlyList<AskCitationItem> Citations,
    double Confidence,
    IReadOnlyList<AskSuggestionItem> Closest,
    IReadOnlyList<string> Notes,
    string Method)
{
    public static AskResponse From(string question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new AskResponse(
            question,
            answer.Text,
            answer.Language,
            answer.Refused,
            answer.RefusalReason is { } reason ? EnumNames.ToName(reason) : null,
            answer.Citations.Select(c => new AskCitationItem(
                c.Number, c.Designation, c.Canonical, c.Title, c.Clause.Number, c.Clause.Key, c.Page, c.Quote, c.Status, c.StatusNote, c.Link)).ToList(),
            Math.Round(answer.Confidence, 3),
            answer.ClosestDocuments.Select(d => new AskSuggestionItem(d.Designation, d.Canonical, d.Title, d.Status, d.Link)).ToList(),
            answer.Notes,
            answer.Method);
    }
}
