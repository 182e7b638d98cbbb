using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References;

/// <summary>
/// Decides which document each clause chain points at, in this order: a phrase right after it ("настоящей статьи",
/// "настоящего Федерального закона"), a designation right after it ("п. 5.4.1 СанПиН 2.6.1.2523-09", "Приложение № 4 к …"),
/// a title-only name ("Федерального закона "О …""), a designation right before it ("НРБ-99/2009, п. 2.3"), the document of
/// the chains it is listed with ("частью 4 статьи 45, частью 2 статьи 47.1 Жилищного кодекса"), and otherwise the document
/// the text stands in.
/// </summary>
internal static class ChainResolver
{
    public static void Resolve(IReadOnlyList<ClauseChain> chains, IReadOnlyList<DesignationMatch> designations, string folded)
    {
        var byStart = designations.ToDictionary(d => d.Start);
        foreach (var chain in chains)
        {
            chain.SpanStart = chain.Start;
            chain.SpanEnd = chain.End;
            if (IsLabel(chain, folded) || IsAloneOnItsLine(chain, folded))
            {
                chain.IsHeadingOrLabel = true;
                continue;
            }

            if (!ResolveRight(chain, byStart, folded))
            {
                chain.IsHeadingOrLabel = IsHeading(chain, folded);
                if (!chain.IsHeadingOrLabel)
                {
                    ResolveLeft(chain, designations, folded);
                }
            }
        }

        ShareAcrossSeries(chains, folded);
        foreach (var chain in chains.Where(c => !c.Resolved))
        {
            chain.Scope = chain.Components.Max(c => c.Level) == ClauseLevel.Part ? ReferenceScope.EnclosingArticle : ReferenceScope.Document;
        }
    }

    private static bool ResolveRight(ClauseChain chain, Dictionary<int, DesignationMatch> byStart, string folded)
    {
        if (ScopePhrases.Enclosing().Match(folded, chain.End) is { Success: true } enclosing)
        {
            chain.Scope = enclosing.Groups["kind"].Value switch
            {
                "стат" => ReferenceScope.EnclosingArticle,
                "част" => ReferenceScope.EnclosingPart,
                "пункт" or "подпункт" => ReferenceScope.EnclosingItem,
                _ => ReferenceScope.EnclosingSection,
            };
            return Done(chain, enclosing.Index + enclosing.Length);
        }

        if (ScopePhrases.Self().Match(folded, chain.End) is { Success: true } self)
        {
            return Done(chain, self.Index + self.Length);
        }

        var gap = ScopePhrases.BeforeDesignation().Match(folded, chain.End);
        if (byStart.TryGetValue(gap.Index + gap.Length, out var designation))
        {
            chain.Target = designation;
            return Done(chain, designation.End);
        }

        if (ScopePhrases.NamedByTitle().Match(folded, chain.End) is { Success: true } named)
        {
            chain.UnresolvedTarget = named.Groups["name"].Value;
            return Done(chain, named.Index + named.Length);
        }

        return false;
    }

    private static void ResolveLeft(ClauseChain chain, IReadOnlyList<DesignationMatch> designations, string folded)
    {
        var before = designations.LastOrDefault(d => d.End <= chain.Start);
        if (before is not null && chain.Start - before.End <= 4
            && ScopePhrases.AfterDesignation().IsMatch(folded.AsSpan(before.End, chain.Start - before.End)))
        {
            chain.Target = before;
            chain.SpanStart = before.Start;
            chain.Resolved = true;
        }
    }

    private static bool Done(ClauseChain chain, int spanEnd)
    {
        chain.SpanEnd = spanEnd;
        chain.Resolved = true;
        return true;
    }

    /// <summary>"Статья 1. Сфера действия …", "Приложение N 1" alone on its line, "Table II. Dose limits".</summary>
    private static bool IsHeading(ClauseChain chain, string folded) =>
        chain.Components.Count == 1 && chain.Components[0].Capitalized && IsLineStart(chain, folded)
        && ScopePhrases.HeadingEnd().IsMatch(folded, chain.End);

    /// <summary>"Приложение N 1" alone on its line (above "к приказу …"): the heading of an annex, whatever follows.</summary>
    private static bool IsAloneOnItsLine(ClauseChain chain, string folded) =>
        chain.Components[0].Capitalized && IsLineStart(chain, folded) && ScopePhrases.LineEnd().IsMatch(folded, chain.End);

    /// <summary>"часть 1 - "СЛУШАЛИ"": a clause word naming a part of something being described, not a reference.</summary>
    private static bool IsLabel(ClauseChain chain, string folded) => ScopePhrases.Label().IsMatch(folded, chain.End);

    private static bool IsLineStart(ClauseChain chain, string folded)
    {
        var lineStart = chain.Start == 0 ? 0 : folded.LastIndexOf('\n', chain.Start - 1) + 1;
        return folded.AsSpan(lineStart, chain.Start - lineStart).IsWhiteSpace();
    }

    /// <summary>Chains listed together share the document the list names: the nearest named after them, else before them.</summary>
    private static void ShareAcrossSeries(IReadOnlyList<ClauseChain> chains, string folded)
    {
        var start = 0;
        for (var i = 1; i <= chains.Count; i++)
        {
            if (i < chains.Count && InSeries(chains[i - 1], chains[i], folded))
            {
                continue;
            }

            ShareWithin(chains, start, i);
            start = i;
        }
    }

    private static bool InSeries(ClauseChain previous, ClauseChain next, string folded) =>
        !previous.IsHeadingOrLabel && !next.IsHeadingOrLabel && next.SpanStart >= previous.SpanEnd
        && ScopePhrases.SeriesGap().IsMatch(folded.AsSpan(previous.SpanEnd, next.SpanStart - previous.SpanEnd));

    private static void ShareWithin(IReadOnlyList<ClauseChain> chains, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (chains[i].Resolved)
            {
                continue;
            }

            var donor = Enumerable.Range(i + 1, to - i - 1).Select(j => chains[j]).FirstOrDefault(IsDocumentTarget)
                ?? Enumerable.Range(from, i - from).Reverse().Select(j => chains[j]).FirstOrDefault(IsDocumentTarget);
            if (donor is not null)
            {
                chains[i].Target = donor.Target;
                chains[i].UnresolvedTarget = donor.UnresolvedTarget;
                chains[i].Resolved = true;
            }
        }
    }

    /// <summary>A resolved chain that names a document (not a relative "настоящей статьи").</summary>
    private static bool IsDocumentTarget(ClauseChain chain) => chain.Resolved && chain.Scope == ReferenceScope.Document;
}
