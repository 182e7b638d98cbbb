namespace Ratro.Knowledge.Search;

/// <summary>
/// A matched clause. <see cref="Snippet"/> is HTML: the clause text escaped, with matched terms wrapped in
/// <c>&lt;mark&gt;</c>…<c>&lt;/mark&gt;</c>; it is safe to insert into a page as is.
/// </summary>
public sealed record ClauseHit(
    Guid ClauseId,
    string Key,
    string Number,
    string? Heading,
    int? PageStart,
    int? PageEnd,
    double Score,
    string Snippet);
