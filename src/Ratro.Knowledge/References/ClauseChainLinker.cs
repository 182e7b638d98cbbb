namespace Ratro.Knowledge.References;

/// <summary>Groups adjacent clause components into chains ("п. 8 ч. 1 ст. 6" is one place, not three).</summary>
internal static class ClauseChainLinker
{
    public static List<ClauseChain> Link(IReadOnlyList<ClauseComponent> components, string folded)
    {
        var chains = new List<ClauseChain>();
        var current = new List<ClauseComponent>();
        foreach (var component in components)
        {
            if (current.Count > 0 && !Joins(current[^1], component, folded))
            {
                chains.Add(new ClauseChain(current));
                current = [];
            }

            current.Add(component);
        }

        if (current.Count > 0)
        {
            chains.Add(new ClauseChain(current));
        }

        return chains;
    }

    /// <summary>Only white space or "of (the)" between them, and the later one is not a list item of the same level.</summary>
    private static bool Joins(ClauseComponent previous, ClauseComponent next, string folded) =>
        next.Start > previous.End
        && next.Start - previous.End <= 12
        && ScopePhrases.ChainGap().IsMatch(folded.AsSpan(previous.End, next.Start - previous.End))
        && next.Level != previous.Level;
}
