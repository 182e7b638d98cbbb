using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// A search request. <see cref="Text"/> is what a person typed (see <see cref="Syntax.UserQueryParser"/> for the
/// optional syntax: "phrases", -exclusions, field filters such as <c>type:ministry_order</c>); filters given
/// here and filters typed in the text both apply.
/// </summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>The highest access level the caller may read; documents above it are neither returned nor counted.</summary>
    public AccessLevel Access { get; init; } = AccessLevel.Public;

    /// <summary>Include unpublished drafts. Only editors may set it; the public never sees drafts.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Search current editions only (default); when false, older editions match too, grouped under their document.</summary>
    public bool CurrentEditionsOnly { get; init; } = true;

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    /// <summary>How many best clauses to return per document.</summary>
    public int ClausesPerDocument { get; init; } = 3;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Fuse dense-vector ranks with the text ranks; null: on when an embedding provider is configured.</summary>
    public bool? Hybrid { get; init; }
}
