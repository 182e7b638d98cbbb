using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Footnote = Ratro.Knowledge.Documents.Footnote;
using Math = DocumentFormat.OpenXml.Math;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Reads the text a reader sees in one paragraph: runs inside hyperlinks, inserted revisions, content controls
/// and smart tags are kept; deleted revisions and moved-away text are dropped; fields show their result, not
/// their instruction; tabs become spaces, line breaks spaces (or new lines for headers), w:sym characters of
/// the Symbol font their Unicode letters, and note references a "[1]" marker. Page events go to the tracker.
/// </summary>
internal sealed class ParagraphText(StyleSheet styles, FieldState fields, PageTracker? pages, FootnoteReader? notes, bool keepLines)
{
    private (bool Endnote, long Id)? pendingCustomMark;

    public ParagraphContent Read(Paragraph paragraph, string? styleId)
    {
        var content = new ParagraphContent(keepLines);
        Walk(paragraph, content, styleId);
        if (pendingCustomMark is { } pending)
        {
            AddNote(content, pending.Endnote, pending.Id, customMark: null);
        }

        return content;
    }

    private void Walk(OpenXmlElement parent, ParagraphContent content, string? styleId)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    ReadRun(run, content, styleId);
                    break;
                case Hyperlink or SimpleField or InsertedRun or MoveToRun or CustomXmlRun or BidirectionalOverride or BidirectionalEmbedding:
                    Walk(child, content, styleId);
                    break;
                case SdtRun sdt when sdt.SdtContentRun is not null:
                    Walk(sdt.SdtContentRun, content, styleId);
                    break;
                case AlternateContent alternate when Chosen(alternate) is { } chosen:
                    Walk(chosen, content, styleId);
                    break;
                case OpenXmlUnknownElement { LocalName: "smartTag" }:
                    // Word 2003 smart tags are not in the typed schema: their runs arrive as unknown elements.
                    AddText(content, string.Concat(child.Descendants().Where(e => e.LocalName == "t").Select(e => e.InnerText)), null, styleId);
                    break;
                case Math.OfficeMath or Math.Paragraph:
                    AddText(content, string.Concat(child.Descendants<Math.Text>().Select(t => t.Text)), null, styleId);
                    break;
            }
        }
    }

    private void ReadRun(Run run, ParagraphContent content, string? styleId)
    {
        var hidden = OnOff.Value(run.RunProperties?.Vanish) == true;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar.FieldCharType?.InnerText);
                    continue;
                case FieldCode code:
                    fields.Instruction(code.Text);
                    continue;
            }

            if (fields.InInstruction)
            {
                continue;
            }

            switch (child)
            {
                case WordText text when !hidden:
                    AddText(content, text.Text, run.RunProperties, styleId);
                    break;
                case TabChar or PositionalTab:
                    content.Raw.Append(' ');
                    break;
                case Break { Type: not null } pageBreak when pageBreak.Type.InnerText == "page":
                    pages?.ExplicitBreak();
                    content.Raw.Append(' ');
                    break;
                case Break or CarriageReturn:
                    content.Raw.Append(keepLines ? '\n' : ' ');
                    break;
                case LastRenderedPageBreak:
                    pages?.RenderedBreak();
                    break;
                case NoBreakHyphen:
                    content.Raw.Append('-');
                    break;
                case SymbolChar symbol when SymbolFont.Map(symbol.Font?.Value, symbol.Char?.Value) is char c:
                    AddText(content, c.ToString(), run.RunProperties, styleId);
                    break;
                case FootnoteReference reference when reference.Id?.Value is long id:
                    Note(content, endnote: false, id, OnOff.IsTrue(reference.CustomMarkFollows));
                    break;
                case EndnoteReference reference when reference.Id?.Value is long id:
                    Note(content, endnote: true, id, OnOff.IsTrue(reference.CustomMarkFollows));
                    break;
                case Drawing or Picture or AlternateContent or EmbeddedObject:
                    pages?.Text();
                    content.TextBoxes.AddRange(TextBoxes(child));
                    break;
            }
        }
    }

    private void Field(string? type)
    {
        switch (type)
        {
            case "begin":
                fields.Begin();
                break;
            case "separate":
                fields.Separate();
                break;
            case "end":
                fields.End();
                break;
        }
    }

    private void AddText(ParagraphContent content, string text, RunProperties? run, string? styleId)
    {
        if (pendingCustomMark is { } pending && text.Trim().Length > 0)
        {
            pendingCustomMark = null;
            AddNote(content, pending.Endnote, pending.Id, text.Trim());
        }

        if (text.Any(c => !char.IsWhiteSpace(c)))
        {
            pages?.Text();
        }

        content.AddText(text, styles.IsBold(run, styleId), styles.FontSize(run, styleId), pages?.Page);
    }

    private void Note(ParagraphContent content, bool endnote, long id, bool customMarkFollows)
    {
        if (customMarkFollows)
        {
            pendingCustomMark = (endnote, id);
            return;
        }

        if (AddNote(content, endnote, id, customMark: null) is { } note)
        {
            content.Raw.Append('[').Append(note.Marker).Append(']');
        }
    }

    private Footnote? AddNote(ParagraphContent content, bool endnote, long id, string? customMark)
    {
        pendingCustomMark = null;
        var note = notes?.Reference(endnote, id, customMark);
        if (note is not null && !content.Footnotes.Contains(note))
        {
            content.Footnotes.Add(note);
        }

        return note;
    }

    /// <summary>Text boxes in a drawing or picture; of alternate content only the chosen branch, so none is read twice.</summary>
    private static IEnumerable<OpenXmlElement> TextBoxes(OpenXmlElement element)
    {
        var root = element is AlternateContent alternate ? Chosen(alternate) : element;
        return root?.Descendants<TextBoxContent>().Where(box => !box.Ancestors<TextBoxContent>().Any()) ?? [];
    }

    private static OpenXmlElement? Chosen(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();
}
