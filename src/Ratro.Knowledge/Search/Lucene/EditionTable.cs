using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Every indexed edition by key, the catalog of their designations and their facet values; read once per index version.</summary>
public sealed class EditionTable
{
    private readonly Dictionary<long, EditionInfo> byKey;

    private EditionTable(Dictionary<long, EditionInfo> byKey)
    {
        this.byKey = byKey;
        Catalog = new DesignationCatalog(byKey.Values
            .GroupBy(e => e.Canonical, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(e => e.Designations).Distinct(StringComparer.Ordinal).ToList())));
        Facets = new EditionFacets(byKey.Values);
    }

    public static EditionTable Empty { get; } = new([]);

    public DesignationCatalog Catalog { get; }

    /// <summary>The facet values of every edition as integers, for counting facets without strings.</summary>
    public EditionFacets Facets { get; }

    public IEnumerable<EditionInfo> All => byKey.Values;

    public int Count => byKey.Count;

    public EditionInfo? Find(long key) => byKey.GetValueOrDefault(key);

    public static EditionTable Read(IndexSearcher searcher)
    {
        var editions = new Dictionary<long, EditionInfo>();
        var query = new TermQuery(new Term(LuceneFields.Kind, LuceneFields.KindEdition));
        var docs = new List<int>();
        searcher.Search(query, new AllDocsCollector(docs));
        foreach (var docId in docs)
        {
            var doc = searcher.Doc(docId);
            var id = Guid.Parse(doc.Get(LuceneFields.EditionId));
            var info = new EditionInfo(
                StableKey.Of(id),
                id,
                doc.Get(LuceneFields.Canonical),
                doc.Get(LuceneFields.Designation),
                doc.GetValues(LuceneFields.AllDesignations),
                doc.Get(LuceneFields.StoredLanguage),
                EnumNames.Parse<DocumentType>(doc.Get(LuceneFields.Type)),
                EnumNames.Parse<DocumentStatus>(doc.Get(LuceneFields.Status)),
                doc.Get(LuceneFields.Issuer) ?? "",
                doc.Get(LuceneFields.Jurisdiction) ?? "",
                doc.GetValues(LuceneFields.Ics),
                (AccessLevel)Int(doc, LuceneFields.Access),
                Int(doc, LuceneFields.Current) == 1,
                Int(doc, LuceneFields.Draft) == 1,
                Int(doc, LuceneFields.Synthetic) == 1,
                LuceneDocumentFactory.FromDay(Int(doc, LuceneFields.Date)),
                Validity(Int(doc, LuceneFields.ValidFrom), Int(doc, LuceneFields.ValidTo)));
            editions[info.Key] = info;
        }

        return new EditionTable(editions);
    }

    private static ValidityInterval Validity(int from, int to) => new(LuceneDocumentFactory.FromDay(from), LuceneDocumentFactory.FromDay(to));

    private static int Int(global::Lucene.Net.Documents.Document doc, string field) =>
        doc.GetField(field)?.GetInt32Value() ?? -1;

    private sealed class AllDocsCollector(List<int> docs) : ICollector
    {
        private int docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => docs.Add(docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
