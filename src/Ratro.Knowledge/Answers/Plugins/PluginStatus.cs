namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>A document's status as the plugin returns it; <see cref="Found"/> is false when the document is not available to the caller.</summary>
public sealed record PluginStatus(
    bool Found,
    string? Designation,
    string? Canonical,
    string? Status,
    string? Summary,
    IReadOnlyList<string> SupersededBy,
    IReadOnlyList<string> Supersedes,
    string? Note);
