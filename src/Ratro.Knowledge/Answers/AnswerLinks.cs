using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers;

/// <summary>Links of the site: <c>/documents/{slug}</c> and <c>/documents/{slug}#{anchor}</c> (see <see cref="ClauseKeys.Anchor"/>).</summary>
public static class AnswerLinks
{
    public static string Document(NormativeDocument document) => $"/documents/{SlugOf(document)}";

    public static string Clause(NormativeDocument document, Clause clause) => $"{Document(document)}#{ClauseKeys.Anchor(clause.Key)}";

    private static string SlugOf(NormativeDocument document) =>
        document.Slug.Length > 0 ? document.Slug : Slugs.ForCanonical(document.Canonical);
}
