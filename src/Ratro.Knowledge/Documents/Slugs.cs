namespace Ratro.Knowledge.Documents;

/// <summary>URL slugs of documents, ASCII, derived from the canonical designation ("СанПиН 2.6.1.2523-09" → "sanpin-2-6-1-2523-09").</summary>
public static class Slugs
{
    public static string ForCanonical(string canonical)
    {
        var anchor = ClauseKeys.Anchor(canonical.Replace('№', ' ').Replace('/', '-'));
        return anchor.StartsWith("p-", StringComparison.Ordinal) && !canonical.StartsWith("p", StringComparison.OrdinalIgnoreCase)
            ? anchor[2..]
            : anchor;
    }
}
