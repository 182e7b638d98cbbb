using System.Text;
using DocumentFormat.OpenXml;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>What reading one paragraph's runs gave: its text, the notes it refers to, text boxes it anchors, formatting and pages.</summary>
internal sealed class ParagraphContent(bool keepLines)
{
    private int textChars;
    private int boldChars;

    public StringBuilder Raw { get; } = new();

    /// <summary>The normalized text (see <see cref="TextNormalizer"/>).</summary>
    public string Text => TextNormalizer.Normalize(Raw.ToString(), keepLines);

    public List<Footnote> Footnotes { get; } = [];

    /// <summary>w:txbxContent elements anchored in the paragraph, read as paragraphs after it.</summary>
    public List<OpenXmlElement> TextBoxes { get; } = [];

    public double? FontSize { get; private set; }

    public int? FirstPage { get; private set; }

    public int? LastPage { get; private set; }

    /// <summary>True when all visible characters are bold.</summary>
    public bool Bold => textChars > 0 && boldChars == textChars;

    public void AddText(string text, bool bold, double? fontSize, int? page)
    {
        Raw.Append(text);
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        if (visible == 0)
        {
            return;
        }

        textChars += visible;
        boldChars += bold ? visible : 0;
        FontSize ??= fontSize;
        FirstPage ??= page;
        LastPage = page;
    }
}
