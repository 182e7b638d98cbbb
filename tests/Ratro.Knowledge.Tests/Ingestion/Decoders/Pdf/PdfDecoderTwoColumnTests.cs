namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>The English fixture with a two-column first page (see <see cref="PdfFixtures.EnglishTwoColumns"/>).</summary>
public sealed class PdfDecoderTwoColumnTests
{
    private static readonly DecodedFixture Document = new(PdfFixtures.EnglishTwoColumns, "two-columns.pdf");

    [Fact]
    public void Columns_are_read_left_then_right_after_the_title_that_spans_them()
    {
        Assert.Equal(
            ["preamble", "1", "1.1", "1.2", "2", "2.1", "3", "3.1"],
            Document.Clauses.Select(c => c.Key).ToArray());
        Assert.Equal("SAFETY OF SEALED SOURCES IN RADIOTHERAPY", Document.Clause("preamble").Text);
    }

    [Fact]
    public void Paragraph_running_from_the_left_column_into_the_right_one_is_joined()
    {
        Assert.Equal(
            "Before a source is loaded into an afterloader the licensee checks its certificate and the leak test result, "
            + "and keeps a record of every check for the life of the source.",
            Document.Clause("1.2").Text);
    }

    [Theory]
    [InlineData("2.1", "Sources not in use are kept in a locked shielded container inside a controlled area.", 1)]
    [InlineData("3.1", "Records of source checks are kept for thirty years.", 2)]
    public void Clause_text_and_page(string key, string text, int page)
    {
        var clause = Document.Clause(key);

        Assert.Equal((text, page), (clause.Text, clause.PageStart));
    }

    [Fact]
    public void Header_and_footer_are_not_in_the_text()
    {
        Assert.DoesNotContain(Document.Document.Blocks, b => b.Text.Contains("Test standard", StringComparison.Ordinal) || b.Text.Contains("Page ", StringComparison.Ordinal));
    }
}
