using System.Text;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>Projects store records to <see cref="SearchDocument"/>s, the same for every engine.</summary>
public sealed class SearchDocumentMapper(IValidityResolver validity)
{
    /// <summary>All editions of one document, each knowing the others for its validity interval.</summary>
    public IReadOnlyList<SearchDocument> Map(IReadOnlyList<NormativeDocument> editions) =>
        editions.Select(e => Map(e, editions)).ToList();

    public SearchDocument Map(NormativeDocument edition, IReadOnlyList<NormativeDocument> editions) => new()
    {
        Id = edition.Id,
        Canonical = edition.Canonical,
        Designation = edition.Designation.Length > 0 ? edition.Designation : edition.Canonical,
        Designations = new[] { edition.Canonical, edition.Designation }.Concat(edition.Aliases)
            .Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        TitleRu = edition.TitleRu,
        TitleEn = edition.TitleEn,
        Type = edition.Type,
        Status = edition.Status,
        Issuer = edition.Issuer?.Trim() ?? "",
        Jurisdiction = edition.Jurisdiction?.Trim().ToUpperInvariant() ?? "",
        Language = string.IsNullOrWhiteSpace(edition.Language) ? "ru" : edition.Language.Trim().ToLowerInvariant(),
        IcsCodes = edition.IcsCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList(),
        Access = edition.Access,
        IsCurrentEdition = edition.IsCurrentEdition,
        IsDraft = edition.State == PublicationState.Draft,
        IsSynthetic = edition.IsSynthetic,
        Date = edition.EditionDate ?? edition.EffectiveOn ?? edition.ApprovedOn,
        Validity = validity.Resolve(edition, editions),
        Clauses = edition.Clauses.OrderBy(c => c.Ordinal).Select(MapClause).ToList(),
    };

    private static SearchClause MapClause(Clause clause) =>
        new(clause.Id, clause.Key, clause.Number, clause.Heading, PlainText(clause), clause.PageStart, clause.PageEnd, clause.Ordinal);

    /// <summary>The clause text followed by its tables (caption and cells, one row a line) and footnotes.</summary>
    internal static string PlainText(Clause clause)
    {
        if (clause.Tables.Count == 0 && clause.Footnotes.Count == 0)
        {
            return clause.Text;
        }

        var text = new StringBuilder(clause.Text);
        foreach (var table in clause.Tables)
        {
            if (table.Caption is { Length: > 0 } caption)
            {
                text.Append('\n').Append(caption);
            }

            foreach (var row in table.Rows)
            {
                text.Append('\n').AppendJoin(" | ", row);
            }
        }

        foreach (var note in clause.Footnotes)
        {
            text.Append('\n').Append(note.Marker).Append(' ').Append(note.Text);
        }

        return text.ToString();
    }
}
