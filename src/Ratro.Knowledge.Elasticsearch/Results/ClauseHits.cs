using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>A clause document and its highlight as a <see cref="ClauseHit"/>; null for an edition document or an unreadable one.</summary>
public static class ClauseHits
{
    public static ClauseHit? From(IndexedDocument? doc, double score, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? highlight)
    {
        if (doc is not { Kind: IndexFields.KindClause, Display: { } display } || !Guid.TryParse(doc.ClauseId, out var id))
        {
            return null;
        }

        var marked = highlight?.Values.SelectMany(f => f).FirstOrDefault();
        var snippet = marked is null ? SnippetWindow.Build(doc.Body ?? "", []) : HighlightedText.Snippet(marked);
        return new ClauseHit(id, display.Key, display.Number, display.Heading, display.PageStart, display.PageEnd, score, snippet);
    }
}
