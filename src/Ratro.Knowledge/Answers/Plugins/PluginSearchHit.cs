namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>A search hit as the plugin returns it: the document, its status, the best clause and a plain-text snippet, and the link.</summary>
public sealed record PluginSearchHit(
    string Designation,
    string Canonical,
    string Title,
    string Status,
    string? Clause,
    string? ClauseKey,
    string Snippet,
    string Link);
