namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>Notes on what the DOCX decoder had to approximate or leave out.</summary>
internal static class DecodeWarnings
{
    public static IReadOnlyList<string> Collect(PageTracker pages, NumberingResolver numbering, DocxBodyReader reader)
    {
        var warnings = new List<string>();
        if (!pages.Recorded)
        {
            warnings.Add("The file records no page breaks, so blocks carry no page numbers.");
        }
        else if (!pages.Rendered)
        {
            warnings.Add("The file records explicit page and section breaks but not Word's page layout, so blocks carry no page numbers.");
        }

        if (numbering.UnknownFormats.Count > 0)
        {
            warnings.Add($"List numbers in the format(s) {string.Join(", ", numbering.UnknownFormats.Order(StringComparer.Ordinal))} were written as decimal numbers.");
        }

        if (reader.SkippedTocParagraphs > 0)
        {
            warnings.Add($"A table of contents ({reader.SkippedTocParagraphs} paragraphs) was left out: it repeats the headings.");
        }

        return warnings;
    }
}
