namespace Ratro.Knowledge.Cli.Output;

/// <summary>A document replacing part of this one, from a day (null when not recorded), with the basis of that day.</summary>
internal sealed record PartialJson(string Successor, DateOnly? On, string Basis);
