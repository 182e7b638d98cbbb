using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>A search hit as `ratro search --json` prints it: the document, its best clause, and all shown clauses.</summary>
internal sealed record SearchHitJson(
    Guid Id,
    string Designation,
    string Canonical,
    string Title,
    string Status,
    string? Clause,
    string? Page,
    double Score,
    string? Snippet,
    bool DesignationMatched,
    IReadOnlyList<SearchClauseJson> Clauses)
{
    public static SearchHitJson From(DocumentHit hit, NormativeDocument? record)
    {
        var best = hit.Clauses.FirstOrDefault();
        return new SearchHitJson(
            hit.DocumentId,
            record?.Designation is { Length: > 0 } d ? d : hit.Canonical,
            hit.Canonical,
            record?.Title ?? hit.Canonical,
            record is null ? "" : EnumNames.ToName(record.Status),
            best is null ? null : best.Number.Length > 0 ? best.Number : best.Key,
            best is null ? null : Pages(best),
            Math.Round(hit.Score, 4),
            best?.Snippet,
            hit.DesignationMatched,
            hit.Clauses.Select(c => new SearchClauseJson(c.Key, c.Number, c.Heading, Pages(c), Math.Round(c.Score, 4), c.Snippet)).ToList());
    }

    private static string? Pages(ClauseHit clause) =>
        clause.PageStart is null ? null : clause.PageStart == clause.PageEnd || clause.PageEnd is null ? $"{clause.PageStart}" : $"{clause.PageStart}–{clause.PageEnd}";
}
