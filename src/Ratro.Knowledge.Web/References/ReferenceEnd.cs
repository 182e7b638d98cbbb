namespace Ratro.Knowledge.Web.References;

/// <summary>
/// The other document of a reference as the visitor may see it: its designation, the clause named (its key and label),
/// and a link — to the clause page when the visitor may read the document and it has that clause, to the document's
/// page when only its card is visible or the clause is not in the text; none when the document is not in the store
/// (or not visible), which shows the designation as written (<see cref="Held"/> false).
/// </summary>
public sealed record ReferenceEnd(string Designation, string? ClauseKey, string? Href, bool Held, string? Slug);
