using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Follows page numbers where the file records them: explicit page breaks (w:br w:type="page"),
/// w:pageBreakBefore, section breaks that start a new page, and the breaks Word recorded at its last
/// layout (w:lastRenderedPageBreak). A rendered break counts only after text on the current page, so the
/// one Word writes just after an explicit break is not counted twice; w:pageBreakBefore on a paragraph
/// already at the top of a page adds no page. A file that records none of these has no page numbers.
/// </summary>
internal sealed class PageTracker
{
    private readonly IReadOnlyList<bool> sectionStartsNewPage;
    private int sectionIndex;
    private bool textOnPage;
    private bool paragraphOnPage;

    /// <param name="sections">The document's section properties in order (paragraph-level ones, then the body's).</param>
    public PageTracker(IReadOnlyList<SectionProperties> sections)
    {
        sectionStartsNewPage = sections.Select(s => s.GetFirstChild<SectionType>()?.Val?.InnerText is not ("continuous" or "nextColumn")).ToList();
    }

    public int Page { get; private set; } = 1;

    /// <summary>True once any page break was seen.</summary>
    public bool Recorded { get; private set; }

    /// <summary>True once a break recorded by Word's layout was seen: page numbers then follow the rendered pages.</summary>
    public bool Rendered { get; private set; }

    public void Text()
    {
        textOnPage = true;
        paragraphOnPage = true;
    }

    public void ExplicitBreak()
    {
        Recorded = true;
        NewPage();
    }

    public void RenderedBreak()
    {
        Recorded = true;
        Rendered = true;
        if (textOnPage)
        {
            NewPage();
        }
    }

    public void BreakBefore()
    {
        Recorded = true;
        if (paragraphOnPage)
        {
            NewPage();
        }
    }

    /// <summary>Called after each paragraph; <paramref name="endsSection"/> when its properties hold a w:sectPr.</summary>
    public void ParagraphEnd(bool endsSection)
    {
        paragraphOnPage = true;
        if (!endsSection)
        {
            return;
        }

        sectionIndex++;
        if (sectionIndex < sectionStartsNewPage.Count && sectionStartsNewPage[sectionIndex])
        {
            Recorded = true;
            NewPage();
        }
    }

    private void NewPage()
    {
        Page++;
        textOnPage = false;
        paragraphOnPage = false;
    }
}
