using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>Maps a <see cref="SearchDocument"/> to index documents: one for the edition, one per clause, all in one write batch.</summary>
public static class IndexedDocumentFactory
{
    /// <param name="edition">The edition.</param>
    /// <param name="batch">The write these documents belong to.</param>
    /// <param name="vectors">Clause vectors by clause id (clauses the embedder served).</param>
    public static IEnumerable<IndexedDocument> Create(SearchDocument edition, string batch, IReadOnlyDictionary<Guid, float[]> vectors)
    {
        var facts = Facts(edition, batch);
        yield return facts with
        {
            Kind = IndexFields.KindEdition,
            Designations = edition.Designations,
            TitleRu = Blank(edition.TitleRu),
            TitleEn = Blank(edition.TitleEn),
        };
        foreach (var clause in edition.Clauses)
        {
            var heading = string.Join(' ', new[] { clause.Number, clause.Heading }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var russian = edition.Language == "ru";
            yield return facts with
            {
                Kind = IndexFields.KindClause,
                ClauseId = Id(clause.Id),
                Display = new ClauseDisplay(clause.Key, clause.Number, Blank(clause.Heading), clause.PageStart, clause.PageEnd, clause.Ordinal),
                HeadingRu = russian ? Blank(heading) : null,
                HeadingEn = russian ? null : Blank(heading),
                BodyRu = russian ? clause.Text : null,
                BodyEn = russian ? null : clause.Text,
                Vector = vectors.TryGetValue(clause.Id, out var vector) ? vector : null,
            };
        }
    }

    public static string Id(Guid id) => id.ToString("D");

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IndexedDocument Facts(SearchDocument e, string batch) => new()
    {
        Canonical = e.Canonical,
        EditionId = Id(e.Id),
        Batch = batch,
        Designation = e.Designation,
        Type = EnumNames.ToName(e.Type),
        Status = EnumNames.ToName(e.Status),
        Issuer = Blank(e.Issuer),
        Jurisdiction = Blank(e.Jurisdiction),
        Ics = e.IcsCodes,
        Language = e.Language,
        Access = EnumNames.ToName(e.Access),
        IsCurrent = e.IsCurrentEdition,
        IsDraft = e.IsDraft,
        IsSynthetic = e.IsSynthetic,
        Date = e.Date is { } date ? Day(date) : null,
        Year = e.Year,
        Validity = Range(e.Validity),
        SortKey = EditionInfo.SortKeyOf(e.Designation),
    };

    /// <summary>Null for an interval with no day in it (never in force, or ending before it starts).</summary>
    private static ValidityRange? Range(ValidityInterval v) =>
        v == ValidityInterval.Never || (v.From is { } from && v.To is { } to && from >= to)
            ? null
            : new ValidityRange(v.From is { } start ? Day(start) : null, v.To is { } end ? Day(end) : null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
