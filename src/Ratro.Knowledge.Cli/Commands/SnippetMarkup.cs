using System.Net;
using Spectre.Console;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>Shows an HTML snippet on a terminal: marked words bold yellow, entities decoded, everything else escaped.</summary>
internal static class SnippetMarkup
{
    public static string ToMarkup(string html)
    {
        var parts = html.Split(["<mark>", "</mark>"], StringSplitOptions.None);
        return string.Concat(parts.Select((p, i) =>
        {
            var text = Markup.Escape(WebUtility.HtmlDecode(p));
            return i % 2 == 1 ? $"[bold yellow]{text}[/]" : text;
        }));
    }
}
