namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// A table caption set on the line right under a section heading, at the usual line pitch: in regular type or
/// in bold like the heading, the caption opens its own table clause and the heading keeps only its own words.
/// </summary>
public sealed class PdfDecoderCaptionTests
{
    private const double Left = 70;

    private static readonly DecodedFixture Document = new(Draw, "captions.pdf");

    [Theory]
    [InlineData("4", "Ancillary delivery devices")]
    [InlineData("5", "Imaging devices")]
    public void The_heading_above_a_caption_keeps_only_its_own_words(string key, string heading)
    {
        Assert.Equal(heading, Document.Clause(key).Heading);
    }

    [Theory]
    [InlineData("table:iv", "Quality assurance of wedges")]
    [InlineData("table:v", "Quality assurance of imaging devices")]
    public void The_caption_under_a_heading_opens_its_table_clause(string key, string heading)
    {
        var table = Document.Clause(key);

        Assert.Equal(heading, table.Heading);
        Assert.Equal(["Test", "Tolerance"], Assert.Single(table.Tables).Rows[0]);
    }

    private static byte[] Draw()
    {
        using var pdf = new PdfFixtureWriter();
        pdf.Paragraph("This report sets the tests of the equipment and their tolerances.");
        Section(pdf, "4 Ancillary delivery devices", "Table IV. Quality assurance of wedges", boldCaption: false, ["Wedge factor", "2%"]);
        Section(pdf, "5 Imaging devices", "Table V. Quality assurance of imaging devices", boldCaption: true, ["Positioning", "2 mm"]);
        return pdf.Save();
    }

    private static void Section(PdfFixtureWriter pdf, string heading, string caption, bool boldCaption, string[] row)
    {
        var baseline = pdf.Position + 24;
        pdf.Text(heading, Left, baseline, 11, bold: true)
            .Text(caption, Left, baseline + 14, bold: boldCaption)
            .Advance(24 + 14)
            .Table([150, 150], ["Test", "Tolerance"], row);
    }
}
