namespace Ratro.Knowledge.Search;

/// <summary>A clause as indexed: its identity, heading, plain text (with table cells and footnotes) and pages.</summary>
public sealed record SearchClause(
    Guid Id,
    string Key,
    string Number,
    string? Heading,
    string Text,
    int? PageStart,
    int? PageEnd,
    int Ordinal);
