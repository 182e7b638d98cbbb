namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>What `ratro corpus synth` writes: how many documents, where, from which seed, and which share as PDF.</summary>
public sealed record SynthesisOptions
{
    public required int Count { get; init; }

    public required string OutputDirectory { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Share of documents written as rendered PDF instead of Markdown, from 0 to 1.</summary>
    public double PdfShare { get; init; } = 0.05;

    /// <summary>How many documents are generated and written at once; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
