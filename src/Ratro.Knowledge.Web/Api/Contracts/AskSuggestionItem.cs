namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>A document close to a question that was not answered.</summary>
public sealed record AskSuggestionItem(string Designation, string Canonical, string Title, string Status, string Link);
