using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search.Relevance;

/// <summary>
/// One query of the relevance set: what a specialist types, the canonical designations of the documents that
/// answer it (finding any of them counts), its kind (designation, topic, inflected, misspelled, abbreviation,
/// cross-lingual, filtered), the language it is typed in, and the filters it runs with.
/// </summary>
public sealed record RelevanceQuery(
    int Line,
    string Text,
    IReadOnlyList<string> Expected,
    string Kind,
    string Language,
    SearchFilters Filters);
