using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References;

/// <summary>
/// The relation a reference suggests, read from the words before it in its sentence or its open parenthesis:
/// "в ред. Федерального закона …", "введена Федеральным законом …", "утратил силу. - Федеральный закон …" → amends (the target
/// amended this text); "взамен …", "Признать утратившим силу приказ …" → supersedes; otherwise cites.
/// </summary>
internal static partial class RelationHints
{
    private const int Window = 1500;

    public static RelationType Classify(string folded, int start)
    {
        var from = ContextStart(folded, start);
        var context = folded.AsSpan(from, start - from);
        if (Supersedes().IsMatch(context))
        {
            return RelationType.Supersedes;
        }

        return Amends().IsMatch(context) ? RelationType.Amends : RelationType.Cites;
    }

    /// <summary>The start of the sentence, or of the open parenthesis the reference stands in when that starts earlier.</summary>
    private static int ContextStart(string folded, int start)
    {
        var limit = Math.Max(0, start - Window);
        var depth = 0;
        int sentence = -1, paren = -1;
        for (var i = start - 1; i >= limit && (sentence < 0 || paren < 0); i--)
        {
            var c = folded[i];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(' && depth-- == 0 && paren < 0)
            {
                paren = i;
            }
            else if (sentence < 0 && (c == '\n' || (depth <= 0 && IsSentenceEnd(folded, i))))
            {
                sentence = i + 1;
            }
        }

        sentence = sentence < 0 && limit == 0 ? 0 : sentence;
        return (sentence, paren) switch
        {
            (< 0, < 0) => limit,
            (< 0, _) => paren,
            (_, < 0) => sentence,
            _ => Math.Min(sentence, paren),
        };
    }

    private static bool IsSentenceEnd(string folded, int i) =>
        folded[i] is '\n' or ';' || (folded[i] == '.' && i + 2 < folded.Length && folded[i + 1] == ' ' && char.IsUpper(folded[i + 2]));

    [GeneratedRegex(@"(?i:взамен|утратившим\p{L}*\s+силу|признать\s+утратившими?|supersed|replaces|in\s+place\s+of|revoga)", RegexOptions.CultureInvariant)]
    private static partial Regex Supersedes();

    [GeneratedRegex(@"(?i:в\s+ред(?:\.|акции)|введен\p{L}*\s|утратил\p{L}*\s+силу|вносятся\s+изменения|изменени\p{L}*,?\s+внесенн|дополн[ея]\p{L}*\s|излагается\s+в\s+новой\s+редакции|amended\s+by|as\s+amended|alterad)", RegexOptions.CultureInvariant)]
    private static partial Regex Amends();
}
