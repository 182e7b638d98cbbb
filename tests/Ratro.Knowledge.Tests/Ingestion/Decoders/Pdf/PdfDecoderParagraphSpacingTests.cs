using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// A document set ragged right whose paragraphs are spaced apart by less than half a line: the space alone
/// separates paragraphs, so a one-line table caption long enough to reach most of the width does not swallow
/// the paragraph under it, while the lines of one paragraph stay together.
/// </summary>
public sealed class PdfDecoderParagraphSpacingTests
{
    private const double Pitch = 14;
    private const double SpaceAfter = 6;

    private static readonly DecodedFixture Document = new(Draw, "spaced.pdf");

    [Fact]
    public void A_caption_line_stays_apart_from_the_paragraph_under_it()
    {
        var table = Document.Clause("table:4");

        Assert.Equal("Quality assurance of dynamic and virtual wedges", table.Heading);
        Assert.Equal(
            "Daily checks run the dynamic wedge at one angle; periodic checks compare wedge factors and off-axis profiles with their baselines.",
            table.Text);
    }

    [Theory]
    [InlineData("1.1", "Wedge systems are checked daily, monthly and annually against the values recorded at commissioning of the machine.")]
    [InlineData("1.2", "Records of the checks are kept for the life of the machine, together with the baselines they were compared with.")]
    public void Lines_of_one_paragraph_stay_one_paragraph(string key, string text)
    {
        Assert.Equal(text, Document.Clause(key).Text);
    }

    [Fact]
    public void Every_spaced_paragraph_is_its_own_block()
    {
        Assert.Equal(5, Document.Document.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    private static byte[] Draw()
    {
        using var pdf = new PdfFixtureWriter();
        pdf.Heading("1 Wedges", 13)
            .RaggedParagraph(
                Pitch,
                SpaceAfter,
                "1.1 Wedge systems are checked daily, monthly and annually",
                "against the values recorded at commissioning of the",
                "machine.")
            .RaggedParagraph(Pitch, SpaceAfter, "Table 4. Quality assurance of dynamic and virtual wedges")
            .RaggedParagraph(
                Pitch,
                SpaceAfter,
                "Daily checks run the dynamic wedge at one angle; periodic",
                "checks compare wedge factors and off-axis profiles with",
                "their baselines.")
            .RaggedParagraph(
                Pitch,
                SpaceAfter,
                "1.2 Records of the checks are kept for the life of the",
                "machine, together with the baselines they were compared",
                "with.")
            .RaggedParagraph(Pitch, SpaceAfter, "Table 5. Checks of multileaf collimators");
        return pdf.Save();
    }
}
