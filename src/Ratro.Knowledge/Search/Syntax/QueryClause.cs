namespace Ratro.Knowledge.Search.Syntax;

/// <summary>A piece of a typed query: one word or a quoted phrase, wanted or excluded, and where it stands in the text.</summary>
public sealed record QueryClause(string Text, bool IsPhrase, bool IsExcluded, int Start, int Length)
{
    public int End => Start + Length;
}
