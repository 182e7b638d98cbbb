using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>The edition's facts carried by any of its index documents, as the shared <see cref="EditionInfo"/>.</summary>
public static class EditionFacts
{
    public static EditionInfo From(IndexedDocument d)
    {
        var id = Guid.TryParse(d.EditionId, out var parsed) ? parsed : Guid.Empty;
        return new EditionInfo(
            StableKey.Of(id),
            id,
            d.Canonical,
            d.Designation,
            d.Designations ?? [],
            d.Language,
            EnumNames.TryParse<DocumentType>(d.Type, out var type) ? type : DocumentType.Other,
            EnumNames.TryParse<DocumentStatus>(d.Status, out var status) ? status : DocumentStatus.Unknown,
            d.Issuer ?? "",
            d.Jurisdiction ?? "",
            d.Ics,
            EnumNames.TryParse<AccessLevel>(d.Access, out var access) ? access : AccessLevel.Restricted,
            d.IsCurrent,
            d.IsDraft,
            d.IsSynthetic,
            Day(d.Date),
            d.Validity is { } v ? new ValidityInterval(Day(v.From), Day(v.To)) : ValidityInterval.Never);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
