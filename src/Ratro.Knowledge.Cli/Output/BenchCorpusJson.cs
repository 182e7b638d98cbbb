namespace Ratro.Knowledge.Cli.Output;

/// <summary>The text extraction was timed on: how many Markdown and Word documents, how many UTF-8 bytes and characters.</summary>
internal sealed record BenchCorpusJson(int Markdown, int Word, long Bytes, long Characters, double Megabytes);
