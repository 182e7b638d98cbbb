namespace Ratro.Knowledge.Documents;

/// <summary>A record field ingestion left empty or uncertain, and why.</summary>
public sealed record ReviewFlag(string Field, string Reason);
