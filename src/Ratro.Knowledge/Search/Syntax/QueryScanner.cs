namespace Ratro.Knowledge.Search.Syntax;

/// <summary>Splits cleaned query text into pieces: words, quoted phrases, <c>-</c> prefixes and <c>field:value</c> pairs.</summary>
internal static class QueryScanner
{
    public readonly record struct Piece(string Text, bool Quoted, bool Excluded, string? Field, bool FieldQuoted, int Start, int Length);

    public static IEnumerable<Piece> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var start = i;
            var excluded = false;
            if (text[i] is '-' or '+' or '!')
            {
                excluded = text[i] is '-' or '!';
                i++;
            }

            if (i < text.Length && text[i] == '"' && ClosingQuote(text, i) is var close and > 0)
            {
                yield return new Piece(text[(i + 1)..close], true, excluded, null, false, start, close + 1 - start);
                i = close + 1;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[wordStart..i];
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < word.Length - 1 && word[..colon].All(char.IsAsciiLetter))
            {
                yield return new Piece(word[(colon + 1)..], false, excluded, word[..colon], false, start, i - start);
            }
            else if (colon > 0 && colon == word.Length - 1 && word[..colon].All(char.IsAsciiLetter) && i < text.Length && text[i] == '"'
                     && ClosingQuote(text, i) is var fieldClose and > 0)
            {
                yield return new Piece(text[(i + 1)..fieldClose], false, excluded, word[..colon], true, start, fieldClose + 1 - start);
                i = fieldClose + 1;
            }
            else if (word.Length > 0)
            {
                yield return new Piece(word, false, excluded, null, false, start, i - start);
            }
            else if (i < text.Length && text[i] == '"')
            {
                i++;
            }
        }
    }

    private static int ClosingQuote(string text, int open) => text.IndexOf('"', open + 1);
}
