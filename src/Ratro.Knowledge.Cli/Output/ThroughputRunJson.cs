namespace Ratro.Knowledge.Cli.Output;

/// <summary>One timed pass of the extractor over the text (run 1 of a process still includes tiering up of compiled code).</summary>
internal sealed record ThroughputRunJson(int Run, double MegabytesPerSecond, double Milliseconds, int References);
