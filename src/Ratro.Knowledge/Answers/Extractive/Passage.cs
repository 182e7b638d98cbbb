namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>A sentence or a table row of a clause: its span in the clause text (so the quote is verbatim) and whether it is a table row.</summary>
public sealed record Passage(int Start, int Length, string Text, bool IsTableRow);
