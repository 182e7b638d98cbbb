using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Ratro.Knowledge.Ingestion.Decoders.Markdown;

/// <summary>The plain text a reader sees in Markdown inlines: emphasis dropped, links as their text, footnote marks as [n].</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case FootnoteLink { IsBackLink: false } link:
                builder.Append('[').Append(link.Footnote.Label).Append(']');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
