namespace Ratro.Knowledge.Answers;

/// <summary>A clause as cited: its number as printed ("3.1.2", "Таблица 3.1", "§ 20.1201") and its lookup key ("table:3.1").</summary>
public sealed record CitedClause(string Number, string Key, string? Heading);
