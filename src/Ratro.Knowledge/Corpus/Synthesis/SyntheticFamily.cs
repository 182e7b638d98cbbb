using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// A kind of synthetic document: how its designation is formed, its type, issuer, jurisdiction and
/// language, and how it is laid out (annex word, requirement boxes).
/// </summary>
internal sealed record SyntheticFamily(
    string Language,
    DocumentType Type,
    string Issuer,
    string Jurisdiction,
    Func<int, int, string> Designation,
    string AnnexWord,
    bool LetteredAnnexes,
    bool HasRequirements = false,
    bool RomanTables = false);
