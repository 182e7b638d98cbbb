using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>
/// Ruled tables whose cells wrap over several lines, tables ruled only under the header, and a word standing
/// beside a table on one of its rows, and cell texts that run up to the text of the next cell: every cell's
/// text is read whole, rows stay rows, and no word is lost or joined across a column rule.
/// </summary>
public sealed class PdfDecoderTableTests
{
    private const string Outside = "Примечание7";

    private static readonly DecodedFixture Document = new(Draw, "tables.pdf");

    [Fact]
    public void A_row_whose_cells_wrap_beside_a_wrapped_first_cell_is_one_row_with_whole_cell_texts()
    {
        Assert.Equal(
            [
                ["Exposure", "Quantity", "Limit"],
                ["Occupational (over 18 years)", "Effective dose", "20 mSv/year averaged over five years"],
                ["Occupational (over 18 years)", "Equivalent dose, lens of the eye", "20 mSv/year averaged over five years"],
                ["Public", "Effective dose", "1 mSv in a year"],
            ],
            Rows("table:1"));
    }

    [Fact]
    public void A_table_ruled_only_under_its_header_keeps_one_row_per_line()
    {
        Assert.Equal(
            [
                ["Nuclide", "Half-life", "Use"],
                ["Co-60", "5.27 y", "Teletherapy"],
                ["Ir-192", "73.8 d", "Brachytherapy"],
                ["I-125", "59.4 d", "Seeds"],
            ],
            Rows("table:2"));
    }

    [Fact]
    public void A_word_on_a_table_row_outside_the_grid_is_kept_in_the_row()
    {
        var row = Assert.Single(Document.Clause("table:3").Tables).Rows[1];

        Assert.Equal("Shielding", row[0]);
        Assert.EndsWith(Outside, row[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(Document.Document.Blocks, b => b.Kind != BlockKind.Table && b.Text.Contains(Outside, StringComparison.Ordinal));
    }

    /// <summary>
    /// "Non-IMRT" runs past its cell's right rule and ends 1.3 pt before "IMRT" (less than a word space), and
    /// "1.5 mm" ends 0.9 pt before "1 mm": each is cut at the rule, not read as one word across two cells.
    /// </summary>
    [Fact]
    public void Words_set_up_to_a_column_rule_stay_in_their_own_cells()
    {
        Assert.Equal(
            [
                ["Procedure", "Non-IMRT", "IMRT", "SRS/SBRT"],
                ["Laser localization", "2 mm", "1.5 mm", "1 mm"],
            ],
            Rows("table:5"));
    }

    private static string[][] Rows(string key) =>
        Assert.Single(Document.Clause(key).Tables).Rows.Select(r => r.ToArray()).ToArray();

    private static byte[] Draw()
    {
        using var pdf = new PdfFixtureWriter();
        pdf.Heading("1 Limits", 13)
            .Paragraph("Table 1. Dose limits")
            .Table(
                [150, 140, 165],
                ["Exposure", "Quantity", "Limit"],
                ["Occupational (over 18\nyears)", "Effective dose", "20 mSv/year averaged over\nfive years"],
                ["Occupational (over 18\nyears)", "Equivalent dose, lens of\nthe eye", "20 mSv/year averaged over\nfive years"],
                ["Public", "Effective dose", "1 mSv in a year"])
            .Paragraph("Table 2. Sources")
            .Table(
                [150, 140, 165],
                ruleEveryRow: false,
                ["Nuclide", "Half-life", "Use"],
                ["Co-60", "5.27 y", "Teletherapy"],
                ["Ir-192", "73.8 d", "Brachytherapy"],
                ["I-125", "59.4 d", "Seeds"])
            .Paragraph("Table 3. Checks");
        var top = pdf.Position + 6;
        pdf.Table([150, 140, 120], ["Item", "Frequency", "Result"], ["Shielding", "Yearly", "Recorded"])
            .Text(Outside, 70 + 150 + 140 + 120 + 8, top + 18 + 13)
            .Paragraph("Table 5. Tolerances")
            .Table([170, 56, 39.5, 60], ["Procedure", "Non-IMRT", "IMRT", "SRS/SBRT"], ["Laser localization", "2 mm", "1.5 mm", "1 mm"]);
        return pdf.Save();
    }
}
