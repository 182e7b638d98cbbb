using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// Finds the references in a text: documents by designation (every family the parser knows, in any case form) and clause
/// references ("п. 7.12–7.13 СанПиН 2.6.1.1192-03", "пунктами 2 - 11 части 1 статьи 6", "paras 3.76–3.78") with the
/// document they point at. A clause reference that names no document points at the document it stands in.
/// </summary>
public static class ReferenceExtractor
{
    /// <param name="text">The text, as printed.</param>
    /// <param name="selfCanonical">
    /// The canonical designation of the document the text belongs to, when known: its own designation (in its title line,
    /// its header) is then not reported as a reference, and clause references to it become references to "this document".
    /// </param>
    public static IReadOnlyList<ExtractedReference> Extract(string text, string? selfCanonical = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text);
        var suppressed = SuppressedSpans.Find(folded);
        var designations = DesignationMerger.Merge(
            DesignationScanner.FindAll(text, folded).Where(d => !SuppressedSpans.Contains(suppressed, d.Start)).ToArray(), folded);
        var chains = ClauseChainLinker.Link(
            ClauseComponentScanner.Scan(folded).Where(c => !SuppressedSpans.Contains(suppressed, c.Start)).ToArray(), folded);
        ChainResolver.Resolve(chains, designations, folded);

        var self = SelfKey(selfCanonical);
        var references = new List<ExtractedReference>();
        foreach (var chain in chains.Where(c => !c.IsHeadingOrLabel))
        {
            references.Add(FromChain(chain, text, folded, self));
        }

        var used = chains.Where(c => c.Target is not null).Select(c => c.Target!.Start).ToHashSet();
        foreach (var designation in designations.Where(d => !used.Contains(d.Start) && !IsSelf(d.Designation, self)))
        {
            var (target, keys) = SplitSection(designation.Designation, []);
            references.Add(new ExtractedReference
            {
                Start = designation.Start,
                Length = designation.Length,
                Text = text.Substring(designation.Start, designation.Length),
                Target = target,
                TargetClauses = keys,
                Relation = RelationHints.Classify(folded, designation.Start),
            });
        }

        references.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return references;
    }

    private static ExtractedReference FromChain(ClauseChain chain, string text, string folded, string? self)
    {
        var (target, keys) = chain.Target is null ? (null, ClauseKeyBuilder.Keys(chain)) : SplitSection(chain.Target.Designation, ClauseKeyBuilder.Keys(chain));

        var isSelf = target is not null && IsSelf(target, self);
        return new ExtractedReference
        {
            Start = chain.SpanStart,
            Length = chain.SpanEnd - chain.SpanStart,
            Text = text[chain.SpanStart..chain.SpanEnd],
            Target = isSelf ? null : target,
            TargetClauses = keys,
            Scope = chain.Scope,
            UnresolvedTarget = chain.UnresolvedTarget,
            Relation = target is null || isSelf ? RelationType.Cites : RelationHints.Classify(folded, chain.SpanStart),
        };
    }

    /// <summary>"10 CFR 20.1201(a)": the document is the part ("10 CFR Part 20"), the section is a clause of it.</summary>
    private static (Designation Target, IReadOnlyList<string> Keys) SplitSection(Designation designation, IReadOnlyList<string> keys) =>
        designation is { Family: DesignationFamily.UsCfr, Parent: { } part, Section: { } section }
            ? (DesignationParser.Parse(part), [ClauseKeys.Normalize(section), .. keys])
            : (designation, keys);

    private static string? SelfKey(string? selfCanonical) =>
        selfCanonical is null ? null : DesignationParser.TryParse(selfCanonical, out var parsed) ? parsed.Canonical : selfCanonical;

    private static bool IsSelf(Designation designation, string? self) =>
        self is not null && (designation.Canonical == self || designation.WorkKey == self);
}
