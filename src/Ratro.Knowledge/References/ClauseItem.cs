namespace Ratro.Knowledge.References;

/// <summary>A clause number, or a range of them when <see cref="To"/> is set ("7.12–7.13").</summary>
internal readonly record struct ClauseItem(string From, string? To);
