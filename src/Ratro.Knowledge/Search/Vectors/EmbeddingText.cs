namespace Ratro.Knowledge.Search.Vectors;

/// <summary>The text of a clause that is embedded: its heading, then its text, cut at a length the models read.</summary>
public static class EmbeddingText
{
    public const int MaxCharacters = 2000;

    public static string Of(SearchClause clause)
    {
        var text = clause.Heading is { Length: > 0 } heading ? $"{heading}. {clause.Text}" : clause.Text;
        return text.Length <= MaxCharacters ? text : text[..MaxCharacters];
    }
}
