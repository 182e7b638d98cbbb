namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>A clause as the plugin returns it; <see cref="Found"/> is false (and <see cref="Message"/> says why) when the document or clause is not available to the caller.</summary>
public sealed record PluginClause(
    bool Found,
    string? Message,
    string? Designation = null,
    string? Canonical = null,
    string? Number = null,
    string? Key = null,
    string? Heading = null,
    string? Text = null,
    int? Page = null,
    string? Status = null,
    string? Link = null);
