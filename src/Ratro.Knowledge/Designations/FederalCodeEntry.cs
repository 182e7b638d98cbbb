namespace Ratro.Knowledge.Designations;

/// <summary>A code of the Russian Federation: its abbreviation ("ЖК РФ"), the stem of its name ("Жилищн"), its canonical name.</summary>
internal sealed record FederalCodeEntry(string Abbreviation, string Stem, string Canonical);
