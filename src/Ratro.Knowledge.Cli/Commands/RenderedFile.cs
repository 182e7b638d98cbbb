namespace Ratro.Knowledge.Cli.Commands;

/// <summary>One rendition written by `ratro corpus render`.</summary>
internal sealed record RenderedFile(string Source, string Designation, string Format, string Path, int? Pages, long Bytes);
