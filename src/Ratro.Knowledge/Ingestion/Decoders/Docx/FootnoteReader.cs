using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Footnote = Ratro.Knowledge.Documents.Footnote;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Footnotes and endnotes. A reference in a paragraph gets the marker a reader sees: footnotes and endnotes
/// are numbered separately in the order they are referenced (formats from the document settings, Word's
/// defaults decimal and lower Roman), or carry the custom mark that follows the reference.
/// </summary>
internal sealed class FootnoteReader
{
    private readonly Dictionary<long, OpenXmlElement> footnotes = [];
    private readonly Dictionary<long, OpenXmlElement> endnotes = [];
    private readonly Dictionary<(bool, long), Footnote> referenced = [];
    private readonly ParagraphText text;
    private readonly (string Format, int Start) footnoteNumbering;
    private readonly (string Format, int Start) endnoteNumbering;
    private int footnoteCount;
    private int endnoteCount;

    public FootnoteReader(MainDocumentPart main, StyleSheet styles)
    {
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>() ?? [])
        {
            if (note.Type is null && note.Id?.Value is long id)
            {
                footnotes.TryAdd(id, note);
            }
        }

        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
        {
            if (note.Type is null && note.Id?.Value is long id)
            {
                endnotes.TryAdd(id, note);
            }
        }

        var settings = main.DocumentSettingsPart?.Settings;
        var footnotePr = settings?.GetFirstChild<FootnoteDocumentWideProperties>();
        var endnotePr = settings?.GetFirstChild<EndnoteDocumentWideProperties>();
        footnoteNumbering = (footnotePr?.NumberingFormat?.Val?.InnerText ?? "decimal", footnotePr?.NumberingStart?.Val?.Value ?? 1);
        endnoteNumbering = (endnotePr?.NumberingFormat?.Val?.InnerText ?? "lowerRoman", endnotePr?.NumberingStart?.Val?.Value ?? 1);
        text = new ParagraphText(styles, new FieldState(), pages: null, notes: null, keepLines: false);
    }

    /// <summary>The note a reference points at, with its marker; null when the note does not exist.</summary>
    public Footnote? Reference(bool endnote, long id, string? customMark)
    {
        if (referenced.TryGetValue((endnote, id), out var known))
        {
            return known;
        }

        if (!(endnote ? endnotes : footnotes).TryGetValue(id, out var body))
        {
            return null;
        }

        var marker = customMark ?? (endnote
            ? NumberFormatter.Format(endnoteNumbering.Start + endnoteCount++, endnoteNumbering.Format)
            : NumberFormatter.Format(footnoteNumbering.Start + footnoteCount++, footnoteNumbering.Format));
        var note = new Footnote(marker, Text(body));
        referenced[(endnote, id)] = note;
        return note;
    }

    private string Text(OpenXmlElement body)
    {
        var parts = body.Descendants<Paragraph>()
            .Select(p => text.Read(p, null).Text)
            .Where(t => t.Length > 0);
        return string.Join(" ", parts);
    }
}
