namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// A matched clause. <see cref="Snippet"/> is HTML: the clause text escaped, with matches in <c>&lt;mark&gt;</c> and no
/// other markup. <see cref="Url"/> points at the clause's anchor on the document page.
/// </summary>
public sealed record ClauseHitItem(string Key, string Number, string? Heading, int? PageStart, int? PageEnd, double Score, string Snippet, string Url);
