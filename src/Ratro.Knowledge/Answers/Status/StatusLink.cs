namespace Ratro.Knowledge.Answers.Status;

/// <summary>A document on the other end of a supersession: its canonical designation, from when, and whether only in part.</summary>
public sealed record StatusLink(string Canonical, DateOnly? From, bool Partial);
