namespace Ratro.Knowledge.Web.Catalogue;

/// <summary>
/// Snippets arrive from the engine as escaped text with <c>&lt;mark&gt;</c> around matches (both engines build them with
/// <c>SnippetWindow</c>, which HTML-encodes the text). Before a page writes one as HTML, this keeps exactly those two
/// tags and encodes any other angle bracket, so a snippet can never carry other markup whatever produced it.
/// </summary>
public static class SnippetHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static string Safe(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        return snippet
            .Replace(Open, "\u0001", StringComparison.Ordinal)
            .Replace(Close, "\u0002", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\u0001", Open, StringComparison.Ordinal)
            .Replace("\u0002", Close, StringComparison.Ordinal);
    }
}
