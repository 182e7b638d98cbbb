using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFootnote = Ratro.Knowledge.Documents.Footnote;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>The runs of a paragraph: its text, with footnote references where the Markdown has them.</summary>
internal static class DocxRuns
{
    public static IEnumerable<OpenXmlElement> For(string text, IReadOnlyList<DocumentFootnote> footnotes, DocxFootnotes notes, bool bold = false)
    {
        foreach (var piece in FootnoteMarks.Split(text, footnotes))
        {
            if (piece.FootnoteLabel is { } label)
            {
                foreach (var run in notes.Reference(label, footnotes))
                {
                    yield return run;
                }
            }
            else if (piece.Text.Length > 0)
            {
                yield return Text(piece.Text, bold);
            }
        }
    }

    public static Run Text(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
