using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFootnote = Ratro.Knowledge.Documents.Footnote;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// The footnotes part and the references to it. A footnote is created at its first reference; Word numbers
/// it automatically when its mark is the next automatic number, otherwise the mark is written after the
/// reference (<c>customMarkFollows</c>). A second reference to the same note is a raised mark only.
/// </summary>
internal sealed class DocxFootnotes
{
    private readonly Dictionary<string, long> ids = new(StringComparer.Ordinal);
    private int automatic;

    public Footnotes Root { get; } = new(
        new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });

    public int Count => ids.Count;

    public IEnumerable<OpenXmlElement> Reference(string label, IReadOnlyList<DocumentFootnote> footnotes)
    {
        var mark = FootnoteMarks.Display(label);
        if (ids.ContainsKey(label))
        {
            yield return new Run(MarkProperties(), new Text(mark));
            yield break;
        }

        var id = ids.Count + 1;
        ids[label] = id;
        var isAutomatic = mark == (automatic + 1).ToString(CultureInfo.InvariantCulture);
        automatic += isAutomatic ? 1 : 0;
        var text = footnotes.First(f => f.Marker == label).Text;
        Root.Append(Body(id, isAutomatic ? null : mark, text));
        yield return isAutomatic
            ? new Run(MarkProperties(), new FootnoteReference { Id = id })
            : new Run(MarkProperties(), new FootnoteReference { Id = id, CustomMarkFollows = true }, new Text(mark));
    }

    private static Footnote Body(long id, string? customMark, string text)
    {
        OpenXmlElement mark = customMark is null ? new FootnoteReferenceMark() : new Text(customMark);
        return new Footnote(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(MarkProperties(), mark),
                new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id,
        };
    }

    private static RunProperties MarkProperties() => new(new RunStyle { Val = "FootnoteReference" });
}
