namespace Ratro.Knowledge.References;

/// <summary>One text of the extraction benchmark: the file it came from and whether it is a real Word document.</summary>
public sealed record BenchmarkText(string File, string Text, bool IsWord);
