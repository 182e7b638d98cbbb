using Lucene.Net.Index;
using Lucene.Net.Search;
using Ratro.Knowledge.Search.Lucene.Analysis;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Turns a document group into a <see cref="DocumentHit"/>: loads each shown clause's stored fields and builds its snippet.</summary>
internal static class ClauseHits
{
    public static DocumentHit ToHit(
        DocumentGroup group,
        IndexSearcher searcher,
        SearchAnalyzers analyzers,
        IReadOnlyDictionary<string, IReadOnlySet<string>> highlight,
        IReadOnlyDictionary<string, bool> designated)
    {
        var edition = group.Shown.Edition;
        var language = SearchAnalyzers.LanguageField(edition.Language);
        var terms = highlight.TryGetValue(language, out var set) ? set : new HashSet<string>();
        var clauses = new List<ClauseHit>();
        foreach (var clause in group.Shown.Clauses)
        {
            var doc = clause.Doc ?? Find(searcher, clause.ClauseKey);
            if (doc is null)
            {
                continue;
            }

            var stored = searcher.Doc(doc.Value);
            var text = stored.Get(LuceneFields.StoredText) ?? "";
            clauses.Add(new ClauseHit(
                Guid.Parse(stored.Get(LuceneFields.ClauseId)),
                stored.Get(LuceneFields.StoredKey) ?? "",
                stored.Get(LuceneFields.StoredNumber) ?? "",
                stored.Get(LuceneFields.StoredHeading),
                stored.GetField(LuceneFields.StoredPageStart)?.GetInt32Value(),
                stored.GetField(LuceneFields.StoredPageEnd)?.GetInt32Value(),
                clause.Score,
                SnippetBuilder.Build(text, analyzers.For(edition.Language), terms)));
        }

        return new DocumentHit(
            edition.Id,
            edition.Canonical,
            group.Score,
            edition.IsCurrentEdition,
            designated.ContainsKey(edition.Canonical),
            clauses,
            group.Others.Select(o => o.Edition.Id).ToList());
    }

    private static int? Find(IndexSearcher searcher, long clauseKey)
    {
        var top = searcher.Search(new TermQuery(new Term(LuceneFields.ClauseKeyTerm, StableKey.Text(clauseKey))), 1);
        return top.ScoreDocs.Length > 0 ? top.ScoreDocs[0].Doc : null;
    }
}
