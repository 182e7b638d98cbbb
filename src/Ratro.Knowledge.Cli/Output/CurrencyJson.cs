namespace Ratro.Knowledge.Cli.Output;

/// <summary>The currency line of a record in Russian and English.</summary>
internal sealed record CurrencyJson(string Ru, string En);
