using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// Clause text highlighting: the whole text (no fragments) with query words in <c>&lt;mark&gt;</c>, everything else
/// HTML-escaped by the server; the snippet window is cut on this side (see <see cref="Results.HighlightedText"/>), the
/// same way for every engine.
/// </summary>
public static class Highlighting
{
    public const string Open = "<mark>";
    public const string Close = "</mark>";

    /// <summary>The index setting <c>index.highlight.max_analyzed_offset</c>'s default; longer texts are highlighted up to it instead of failing.</summary>
    public const int MaxAnalyzedOffset = 1_000_000;

    public static Highlight? For(Query? highlightQuery) => highlightQuery is null
        ? null
        : new Highlight
        {
            Encoder = HighlighterEncoder.Html,
            PreTags = [Open],
            PostTags = [Close],
            NumberOfFragments = 0,
            MaxAnalyzedOffset = MaxAnalyzedOffset,
            RequireFieldMatch = true,
            HighlightQuery = highlightQuery,
            Fields =
            [
                new KeyValuePair<Field, HighlightField>(IndexFields.BodyRu, new HighlightField()),
                new KeyValuePair<Field, HighlightField>(IndexFields.BodyEn, new HighlightField()),
            ],
        };
}
