using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Tests;

/// <summary>The plain text of a DOCX: one line per paragraph, line breaks inside paragraphs kept.</summary>
internal static class DocxText
{
    public static string Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException($"'{path}' has no document body");
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text run:
                        text.Append(run.Text);
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
