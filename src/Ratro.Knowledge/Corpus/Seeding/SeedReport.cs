using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Corpus.Seeding;

/// <summary>What a seeding run did.</summary>
public sealed record SeedReport(IReadOnlyList<IngestionResult> Results, int GlossaryTerms, TimeSpan Elapsed)
{
    public int Changed => Results.Count(r => r.Status is IngestionStatus.Ingested or IngestionStatus.NewEdition or IngestionStatus.Updated);

    public int Unchanged => Results.Count(r => r.Status == IngestionStatus.Unchanged);

    public int Failed => Results.Count(r => r.Status is IngestionStatus.Failed or IngestionStatus.NeedsOcr);
}
