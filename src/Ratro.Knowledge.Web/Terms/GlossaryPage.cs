namespace Ratro.Knowledge.Web.Terms;

/// <summary>What the glossary page shows: the entries, the letter index, the current letter and filter, and why it is empty when the file is missing.</summary>
public sealed record GlossaryPage(
    IReadOnlyList<GlossaryEntry> Entries,
    IReadOnlyList<string> Letters,
    string? Letter,
    string Filter,
    int TotalTerms,
    string? Problem);
