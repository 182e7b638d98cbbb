using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// A document page as a visitor may see it: the edition shown, the editions whose cards they may see, and — only when
/// they may read it — the clause tree. <see cref="Tree"/> is empty when <see cref="CanRead"/> is false.
/// </summary>
public sealed record DocumentView(
    NormativeDocument Edition,
    IReadOnlyList<NormativeDocument> Editions,
    bool CanRead,
    IReadOnlyList<ClauseNode> Tree)
{
    /// <summary>The edition id for links, when the edition shown is not the one the bare URL shows.</summary>
    public Guid? EditionParameter { get; init; }

    public string Slug => Edition.Slug;
}
