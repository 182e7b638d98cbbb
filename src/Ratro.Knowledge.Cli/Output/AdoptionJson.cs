namespace Ratro.Knowledge.Cli.Output;

/// <summary>The international designation a national one adopts, and the degree when stated ("idt", "mod", "neq").</summary>
internal sealed record AdoptionJson(string Canonical, string? Degree);
