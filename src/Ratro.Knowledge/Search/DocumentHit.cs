namespace Ratro.Knowledge.Search;

/// <summary>
/// A matched document (all its editions count as one): the edition shown (its current edition when that one
/// matched), the score, and its best clauses. Load the record by <see cref="DocumentId"/> from the store.
/// </summary>
public sealed record DocumentHit(
    Guid DocumentId,
    string Canonical,
    double Score,
    bool IsCurrentEdition,
    bool DesignationMatched,
    IReadOnlyList<ClauseHit> Clauses,
    IReadOnlyList<Guid> OtherEditions);
