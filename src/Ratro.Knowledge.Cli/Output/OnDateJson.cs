namespace Ratro.Knowledge.Cli.Output;

/// <summary>Whether the document was in force on a day ("yes", "no", "unknown") and why.</summary>
internal sealed record OnDateJson(DateOnly Date, string InForce, string Reason, string ReasonRu, string ReasonEn, bool Approximate);
