using System.Globalization;
using Lucene.Net.Documents;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search.Lucene;

/// <summary>Maps a <see cref="SearchDocument"/> to Lucene documents: one for the edition, one per clause (see <see cref="LuceneFields"/>).</summary>
public static class LuceneDocumentFactory
{
    public static IEnumerable<Document> Create(SearchDocument edition)
    {
        yield return Edition(edition);
        foreach (var clause in edition.Clauses)
        {
            yield return Clause(edition, clause);
        }
    }

    private static Document Edition(SearchDocument e)
    {
        var doc = Common(e, LuceneFields.KindEdition);
        if (e.TitleRu is { Length: > 0 } ru)
        {
            doc.Add(new TextField(LuceneFields.TitleRu, ru, Field.Store.NO));
        }

        if (e.TitleEn is { Length: > 0 } en)
        {
            doc.Add(new TextField(LuceneFields.TitleEn, en, Field.Store.NO));
        }

        doc.Add(new TextField(LuceneFields.Designations, string.Join(" ; ", e.Designations), Field.Store.NO));
        doc.Add(new StoredField(LuceneFields.Designation, e.Designation));
        doc.Add(new StoredField(LuceneFields.Title, (e.Language == "ru" ? e.TitleRu ?? e.TitleEn : e.TitleEn ?? e.TitleRu) ?? e.Designation));
        foreach (var designation in e.Designations)
        {
            doc.Add(new StoredField(LuceneFields.AllDesignations, designation));
        }

        doc.Add(new StoredField(LuceneFields.Type, EnumNames.ToName(e.Type)));
        doc.Add(new StoredField(LuceneFields.Status, EnumNames.ToName(e.Status)));
        doc.Add(new StoredField(LuceneFields.Issuer, e.Issuer));
        doc.Add(new StoredField(LuceneFields.Jurisdiction, e.Jurisdiction));
        foreach (var code in e.IcsCodes)
        {
            doc.Add(new StoredField(LuceneFields.Ics, code));
        }

        doc.Add(new StoredField(LuceneFields.Access, (int)e.Access));
        doc.Add(new StoredField(LuceneFields.Current, e.IsCurrentEdition ? 1 : 0));
        doc.Add(new StoredField(LuceneFields.Draft, e.IsDraft ? 1 : 0));
        doc.Add(new StoredField(LuceneFields.Synthetic, e.IsSynthetic ? 1 : 0));
        doc.Add(new StoredField(LuceneFields.Date, Day(e.Date)));
        doc.Add(new StoredField(LuceneFields.ValidFrom, Day(e.Validity.From)));
        doc.Add(new StoredField(LuceneFields.ValidTo, Day(e.Validity.To)));
        return doc;
    }

    private static Document Clause(SearchDocument e, SearchClause c)
    {
        var doc = Common(e, LuceneFields.KindClause);
        var key = StableKey.Of(c.Id);
        doc.Add(new StringField(LuceneFields.ClauseId, c.Id.ToString("D"), Field.Store.YES));
        doc.Add(new NumericDocValuesField(LuceneFields.ClauseKey, key));
        doc.Add(new StringField(LuceneFields.ClauseKeyTerm, StableKey.Text(key), Field.Store.NO));
        var heading = string.Join(' ', new[] { c.Number, c.Heading }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (heading.Length > 0)
        {
            doc.Add(new TextField(LuceneFields.Heading(e.Language), heading, Field.Store.NO));
        }

        doc.Add(new TextField(LuceneFields.Body(e.Language), c.Text, Field.Store.NO));
        doc.Add(new StoredField(LuceneFields.StoredText, c.Text));
        doc.Add(new StoredField(LuceneFields.StoredKey, c.Key));
        doc.Add(new StoredField(LuceneFields.StoredNumber, c.Number));
        if (c.Heading is { Length: > 0 } h)
        {
            doc.Add(new StoredField(LuceneFields.StoredHeading, h));
        }

        if (c.PageStart is { } start)
        {
            doc.Add(new StoredField(LuceneFields.StoredPageStart, start));
        }

        if (c.PageEnd is { } end)
        {
            doc.Add(new StoredField(LuceneFields.StoredPageEnd, end));
        }

        return doc;
    }

    private static Document Common(SearchDocument e, string kind)
    {
        var doc = new Document
        {
            new StringField(LuceneFields.Kind, kind, Field.Store.NO),
            new StringField(LuceneFields.Canonical, e.Canonical, Field.Store.YES),
            new StringField(LuceneFields.EditionId, e.Id.ToString("D"), Field.Store.YES),
            new NumericDocValuesField(LuceneFields.EditionKey, StableKey.Of(e.Id)),
            new StoredField(LuceneFields.StoredLanguage, e.Language),
        };
        return doc;
    }

    /// <summary>Days since 0001-01-01, or -1 for an absent date.</summary>
    internal static int Day(DateOnly? date) => date?.DayNumber ?? -1;

    internal static DateOnly? FromDay(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
