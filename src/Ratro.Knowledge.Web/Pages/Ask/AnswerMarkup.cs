using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Ratro.Knowledge.Web.Pages.Ask;

/// <summary>The answer text as HTML: encoded, with each citation marker [n] a link to citation n in the list below.</summary>
public static partial class AnswerMarkup
{
    /// <summary>Markup is escaped; letters of every script (and «quotes») are written as they are, as on the rest of the site.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(string text, int citations)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = Encoder.Encode(text);
        return new HtmlString(Marker().Replace(encoded, m =>
            int.TryParse(m.Groups[1].Value, out var n) && n >= 1 && n <= citations
                ? $"<a class=\"citation-marker\" href=\"#citation-{n}\">[{n}]</a>"
                : m.Value));
    }

    [GeneratedRegex(@"\[(\d{1,2})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
