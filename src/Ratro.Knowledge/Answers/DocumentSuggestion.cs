namespace Ratro.Knowledge.Answers;

/// <summary>A document close to a question that could not be answered: designation, title, status and link.</summary>
public sealed record DocumentSuggestion(string Designation, string Canonical, string Title, string Status, string Link);
