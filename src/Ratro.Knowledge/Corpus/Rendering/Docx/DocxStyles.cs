using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Corpus.Rendering.Docx;

/// <summary>
/// The style sheet of a rendition: Normal, built-in headings ("heading 1" … "heading 4", outline levels 0–3),
/// title, caption, footnote, header/footer and table styles, with the ids and names Word itself uses.
/// </summary>
internal static class DocxStyles
{
    public const int Headings = 4;

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "24" },
                    new Languages { Val = "ru-RU", Bidi = "ar-SA", EastAsia = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, isDefault: true));
        for (var level = 1; level <= Headings; level++)
        {
            var size = level switch { 1 => "30", 2 => "27", 3 => "25", _ => "24" };
            styles.Append(Paragraph(
                $"Heading{level}",
                $"heading {level}",
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = size })));
        }

        styles.Append(
            Paragraph("Title", "Title", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "120" }), new StyleRunProperties(new Bold(), new FontSize { Val = "32" })),
            Paragraph("Subtitle", "Subtitle", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "360" }), new StyleRunProperties(new FontSize { Val = "24" })),
            Paragraph("Designation", "Designation", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "240" }), new StyleRunProperties(new Bold(), new FontSize { Val = "26" })),
            Paragraph("Caption", "caption", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }), new StyleRunProperties(new Bold(), new FontSize { Val = "22" })),
            Paragraph("FootnoteText", "footnote text", new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new StyleRunProperties(new FontSize { Val = "20" })),
            Paragraph("Header", "header", null, new StyleRunProperties(new FontSize { Val = "18" })),
            Paragraph("Footer", "footer", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new FontSize { Val = "20" })),
            new Style(new StyleName { Val = "footnote reference" }, new UIPriority { Val = 99 }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            {
                Type = StyleValues.Character,
                StyleId = "FootnoteReference",
            },
            TableGrid());
        return styles;
    }

    private static Style Paragraph(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableGrid() => new(
        new StyleName { Val = "Table Grid" },
        new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
    {
        Type = StyleValues.Table,
        StyleId = "TableGrid",
    };
}
