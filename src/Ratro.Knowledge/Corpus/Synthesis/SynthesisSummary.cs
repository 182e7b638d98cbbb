namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>What a synthesis run wrote and how fast.</summary>
public sealed record SynthesisSummary(int Documents, int MarkdownFiles, int PdfFiles, long Clauses, long Bytes, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : Documents;

    public double Megabytes => Bytes / (1024.0 * 1024.0);
}
