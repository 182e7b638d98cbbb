namespace Ratro.Knowledge.Glossary;

/// <summary>Text to search in addition to what was typed, in a language, with a weight below 1, and the term that gave it.</summary>
public sealed record GlossaryExpansion(string Text, string Language, float Weight, string TermKey);
