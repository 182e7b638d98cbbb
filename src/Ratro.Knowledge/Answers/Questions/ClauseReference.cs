namespace Ratro.Knowledge.Answers.Questions;

/// <summary>A clause a question names ("п. 3.1.2", "Table I", "ст. 9"): as written, its lookup key, and where it stands.</summary>
public sealed record ClauseReference(string Written, string Key, int Start, int Length);
