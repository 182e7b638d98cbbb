using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search.Syntax;

namespace Ratro.Knowledge.Search.Vectors;

/// <summary>
/// The text a query is embedded as: its wanted words when the model serves the query's language (Cyrillic: ru,
/// else en), else the glossary expansions in the languages it serves; null when nothing is left to embed.
/// </summary>
public static class VectorQueryText
{
    public static string? Of(ParsedQuery parsed, IReadOnlyList<GlossaryExpansion> expansions, ClauseEmbedder embedder)
    {
        var wanted = string.Join(' ', parsed.Wanted.Select(c => c.Text));
        var cyrillic = wanted.Count(c => c is >= '\u0400' and <= '\u04FF') * 2 > wanted.Count(char.IsLetter);
        var text = embedder.Serves(cyrillic ? "ru" : "en")
            ? wanted
            : string.Join("; ", expansions.Where(e => embedder.Serves(e.Language)).Select(e => e.Text).Distinct());
        return text.Trim().Length == 0 ? null : text;
    }
}
