using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Counts of results by status.</summary>
internal sealed record IngestionSummary(int Files, int Ingested, int NewEditions, int Updated, int Unchanged, int NeedsOcr, int Failed)
{
    public static IngestionSummary Of(IReadOnlyCollection<IngestionResult> results) => new(
        results.Count,
        results.Count(r => r.Status == IngestionStatus.Ingested),
        results.Count(r => r.Status == IngestionStatus.NewEdition),
        results.Count(r => r.Status == IngestionStatus.Updated),
        results.Count(r => r.Status == IngestionStatus.Unchanged),
        results.Count(r => r.Status == IngestionStatus.NeedsOcr),
        results.Count(r => r.Status == IngestionStatus.Failed));

    public override string ToString() =>
        $"{Files} files: {Ingested} ingested, {NewEditions} new editions, {Updated} updated, {Unchanged} unchanged, {NeedsOcr} need OCR, {Failed} failed";
}
