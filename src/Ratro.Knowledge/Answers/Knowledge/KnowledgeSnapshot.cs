using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search.Designations;

namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>
/// What answering needs to know about the whole store, read once and kept until a document changes: the current
/// published editions (records without clauses), the relations they assert, word statistics of all clauses, the
/// glossary as stems, and a designation catalog per access level (so a caller's question only recognizes documents
/// the caller may read).
/// </summary>
public sealed class KnowledgeSnapshot
{
    private readonly Dictionary<AccessLevel, DesignationCatalog> catalogs;
    private readonly ILookup<string, NormativeDocument> byWorkKey;

    public KnowledgeSnapshot(
        IReadOnlyList<NormativeDocument> documents,
        IReadOnlyList<DocumentRelation> relations,
        TermStatistics terms,
        ConceptLexicon concepts)
    {
        Documents = documents;
        Relations = relations;
        Terms = terms;
        Concepts = concepts;
        ById = documents.ToDictionary(d => d.Id);
        ByCanonical = documents.GroupBy(d => d.Canonical, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        TitleWords = documents.ToDictionary(
            d => d.Id,
            d => (IReadOnlyList<IReadOnlySet<string>>)new[] { d.TitleRu, d.TitleEn }.OfType<string>().Select(Questions.Titles.Content).ToList());
        byWorkKey = documents.ToLookup(d => DesignationParser.TryParse(d.Canonical, out var parsed) ? parsed.WorkKey : d.Canonical, StringComparer.Ordinal);
        catalogs = Enum.GetValues<AccessLevel>().ToDictionary(a => a, a => new DesignationCatalog(
            Visible(a).Select(d => (d.Canonical, (IReadOnlyList<string>)[d.Designation, .. d.Aliases]))));
    }

    /// <summary>Current published editions of every document, any access level.</summary>
    public IReadOnlyList<NormativeDocument> Documents { get; }

    public IReadOnlyDictionary<Guid, NormativeDocument> ById { get; }

    public IReadOnlyDictionary<string, NormativeDocument> ByCanonical { get; }

    public IReadOnlyList<DocumentRelation> Relations { get; }

    public TermStatistics Terms { get; }

    /// <summary>Content word stems of each document's titles (see <see cref="Questions.Titles"/>).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<IReadOnlySet<string>>> TitleWords { get; }

    public ConceptLexicon Concepts { get; }

    public static bool IsVisible(NormativeDocument document, AccessLevel access) =>
        document.Access <= access && document.State == PublicationState.Published;

    public IEnumerable<NormativeDocument> Visible(AccessLevel access) => Documents.Where(d => IsVisible(d, access));

    public DesignationCatalog CatalogFor(AccessLevel access) => catalogs[access];

    /// <summary>The current edition of a canonical designation when the caller may read it.</summary>
    public NormativeDocument? Find(string canonical, AccessLevel access) =>
        ByCanonical.TryGetValue(canonical, out var document) && IsVisible(document, access) ? document : null;

    /// <summary>A document the caller may read whose designation, without its year, is this work key ("IEC 60976").</summary>
    public NormativeDocument? FindWork(string workKey, AccessLevel access) =>
        byWorkKey[workKey].FirstOrDefault(d => IsVisible(d, access));
}
