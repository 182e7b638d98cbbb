namespace Ratro.Knowledge.Search.Designations;

/// <summary>
/// A designation found in a query: the characters it spans, the canonical designations of the indexed documents
/// it names, and whether it named them undated (a work key: "IEC 60601-2-1" for "IEC 60601-2-1:2020").
/// </summary>
public sealed record RecognizedDesignation(int Start, int Length, IReadOnlyList<string> Canonicals, bool Undated);
