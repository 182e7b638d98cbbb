namespace Ratro.Knowledge.Web.Cms;

/// <summary>The text of a version as an editor submits it.</summary>
public sealed record ContentDraft(string Title, string? Summary, string Body);
