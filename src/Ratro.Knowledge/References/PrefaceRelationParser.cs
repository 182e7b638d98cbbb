using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// Reads the relations a document states about itself in its preface, foreword or first pages: adoptions of international
/// standards (with their degree), supersessions (whole or partial), the acts that amended it, amendment documents and
/// their parent, and the act that approved it. The pipeline maps the result to <see cref="DocumentRelation"/>s.
/// </summary>
public static class PrefaceRelationParser
{
    /// <param name="text">The preface or the first pages, as printed.</param>
    /// <param name="documentDesignation">The designation of the document the text belongs to (printed or canonical).</param>
    public static PrefaceAnalysis Parse(string text, string documentDesignation)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentDesignation);
        var own = DesignationParser.TryParse(documentDesignation, out var parsed) ? parsed : null;
        var self = own?.Canonical ?? documentDesignation.Trim();
        var preface = new PrefaceText(text);

        var adoptions = Distinct(AdoptionStatements.Find(preface, self)).ToList();
        adoptions.AddRange(OwnAdoption(own, adoptions));
        var relations = adoptions
            .Concat(Distinct(SupersessionStatements.Find(preface, self)))
            .Concat(Distinct(AmendmentLists.Find(preface, self).Where(r => r.SourceCanonical != r.TargetCanonical)))
            .ToArray();
        return new PrefaceAnalysis(relations, ApprovalStatements.Find(preface).ToArray(), SupersessionStatements.IntroducedForFirstTime(preface));
    }

    /// <summary>
    /// The adoption the designation itself states in its slash or parenthesized form, pinned to the edition it prints.
    /// The implicit adoption of "ГОСТ IEC 60976-2011" names no edition: an undated edge would resolve to the latest IEC
    /// edition (2007), while the standard adopts the 1989 one — only the preface can say which, so none is made here.
    /// </summary>
    private static IEnumerable<FoundRelation> OwnAdoption(Designation? own, IReadOnlyList<FoundRelation> stated)
    {
        if (own?.Adopts is not { } adopted || stated.Any(r => SameWork(r.TargetCanonical, adopted)))
        {
            yield break;
        }

        if (own.AdoptionDegree is not null || adopted.IsDated)
        {
            yield return new FoundRelation
            {
                SourceCanonical = own.Canonical,
                Type = RelationType.Adopts,
                TargetCanonical = adopted.Canonical,
                TargetEdition = adopted.Amendment ?? adopted.Edition,
                Degree = own.AdoptionDegree,
                Origin = RelationOrigin.Metadata,
                Evidence = own.Input,
                Position = -1,
            };
        }
    }

    private static bool SameWork(string canonical, Designation adopted) =>
        canonical == adopted.Canonical || (DesignationParser.TryParse(canonical, out var other) && other.WorkKey == adopted.WorkKey);

    /// <summary>One relation per (type, source, target, source date): a statement repeated in the text counts once.</summary>
    private static IEnumerable<FoundRelation> Distinct(IEnumerable<FoundRelation> relations) =>
        relations.DistinctBy(r => (r.Type, r.SourceCanonical, r.TargetCanonical, r.SourceDate));
}
