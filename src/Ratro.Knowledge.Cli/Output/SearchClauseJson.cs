namespace Ratro.Knowledge.Cli.Output;

/// <summary>A matched clause in `ratro search --json`.</summary>
internal sealed record SearchClauseJson(string Key, string Number, string? Heading, string? Page, double Score, string Snippet);
