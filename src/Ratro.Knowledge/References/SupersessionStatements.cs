using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// «ВЗАМЕН ГОСТ Р 50267.1-99», «Взамен ГОСТ 1234-80 в части …» (partial), «Признать утратившими силу …» → supersedes;
/// «ВВЕДЕН ВПЕРВЫЕ» → no predecessor.
/// </summary>
internal static partial class SupersessionStatements
{
    public static bool IntroducedForFirstTime(PrefaceText text) => FirstTime().IsMatch(text.Folded);

    public static IEnumerable<FoundRelation> Find(PrefaceText text, string source)
    {
        for (var match = Replaces().Match(text.Folded); match.Success; match = match.NextMatch())
        {
            var listStart = match.Index + match.Length;
            var listEnd = ListEnd(text.Folded, listStart);
            var targets = text.Within(listStart, listEnd).ToArray();
            for (var i = 0; i < targets.Length; i++)
            {
                var next = Math.Max(targets[i].End, i + 1 < targets.Length ? targets[i + 1].Start : listEnd);
                var tail = text.Folded.AsSpan(targets[i].End, next - targets[i].End);
                yield return new FoundRelation
                {
                    SourceCanonical = source,
                    Type = RelationType.Supersedes,
                    TargetCanonical = targets[i].Designation.Canonical,
                    TargetEdition = targets[i].Designation.Edition,
                    Partial = PartOf().IsMatch(tail),
                    Origin = RelationOrigin.Preface,
                    Evidence = text.Slice(match.Index, targets[i].End + PartLength(tail)),
                    Position = match.Index,
                };
            }
        }
    }

    /// <summary>A replacement list ends at the end of its paragraph or sentence.</summary>
    private static int ListEnd(string folded, int start)
    {
        var end = folded.IndexOf('\n', start);
        end = end < 0 ? folded.Length : end;
        var sentence = folded.IndexOf(". ", start, end - start, StringComparison.Ordinal);
        return sentence < 0 ? end : sentence;
    }

    private static int PartLength(ReadOnlySpan<char> tail)
    {
        var match = PartOf().Match(tail.ToString());
        return match.Success ? match.Index + match.Length : 0;
    }

    [GeneratedRegex(@"(?i:введен\p{L}*\s+впервые)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstTime();

    [GeneratedRegex(@"(?i:взамен|признать\s+утратившими?\s+силу|утрачивают\s+силу)\s*:?", RegexOptions.CultureInvariant)]
    private static partial Regex Replaces();

    [GeneratedRegex(@"^\s*,?\s*\(?в\s+части\s+[^,;()\n]*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();
}
