namespace Ratro.Knowledge.References;

/// <summary>A sentence whose extracted references differ from the annotation: units missed and units found in excess.</summary>
public sealed record SentenceMismatch(int Line, string Text, IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected);
