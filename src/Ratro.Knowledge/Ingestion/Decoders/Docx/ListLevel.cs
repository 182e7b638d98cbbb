namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>One level of a Word list definition (w:lvl).</summary>
/// <param name="Start">The first value (w:start; 0 when absent, as the standard says).</param>
/// <param name="Format">The w:numFmt value: "decimal", "lowerLetter", "russianLower", "bullet" ….</param>
/// <param name="Text">The w:lvlText template: "%1.%2.", "%1)", a bullet character.</param>
/// <param name="IsLegal">w:isLgl: every number in the label is written in Arabic digits.</param>
/// <param name="Restart">w:lvlRestart: 1-based level whose use restarts this one; 0 never; null the default.</param>
/// <param name="StyleId">w:pStyle: the paragraph style bound to this level.</param>
internal sealed record ListLevel(int Start, string Format, string Text, bool IsLegal, int? Restart, string? StyleId);
