namespace Ratro.Knowledge.Documents;

/// <summary>A footnote attached to the clause whose text carries its marker.</summary>
public sealed record Footnote(string Marker, string Text);
