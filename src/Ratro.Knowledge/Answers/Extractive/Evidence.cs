namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>A passage chosen to support the answer, and the phrase the answer says for it (the passage, or one table cell with its labels).</summary>
public sealed record Evidence(ScoredPassage Passage, string Phrase);
