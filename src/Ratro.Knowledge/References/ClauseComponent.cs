namespace Ratro.Knowledge.References;

/// <summary>One clause word with its numbers, as printed: "пунктами 2 - 11", "ст. 6", "paras 3.76–3.78", "Table II".</summary>
internal sealed record ClauseComponent(int Start, int End, string Word, ClauseLevel Level, bool Capitalized, IReadOnlyList<ClauseItem> Items);
