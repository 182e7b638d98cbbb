namespace Ratro.Knowledge.Designations;

/// <summary>One row of the alias table: a short title or a misspelled designation and what it stands for.</summary>
internal sealed record AliasEntry(string Alias, string Canonical, DesignationFamily Family, string Jurisdiction, string? Warning);
