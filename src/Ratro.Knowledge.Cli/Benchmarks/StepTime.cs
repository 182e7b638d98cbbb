namespace Ratro.Knowledge.Cli.Benchmarks;

/// <summary>The time one ingestion step took over a run: elapsed, and CPU time of the process meanwhile.</summary>
internal sealed record StepTime(string Step, TimeSpan Wall, TimeSpan Cpu);
