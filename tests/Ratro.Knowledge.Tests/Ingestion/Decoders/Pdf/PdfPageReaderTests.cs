using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;

namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Pdf;

/// <summary>Pages read by several workers, each with its own parser, give exactly what one worker reading them in order gives.</summary>
public sealed class PdfPageReaderTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Several_workers_decode_a_long_file_exactly_as_one_does(int workers)
    {
        var bytes = LongDocument(pages: 25);
        var one = Decode(bytes, 1);
        var many = Decode(bytes, workers);

        Assert.True(PdfPageReader.Workers(25, workers) == workers, "the file is long enough for every worker");
        Assert.Equal(25, many.PageCount);
        Assert.Equal(Describe(one), Describe(many));
        Assert.Equal(one.Warnings, many.Warnings);
    }

    [Theory]
    [InlineData(1, 4, 1)]
    [InlineData(11, 4, 1)]
    [InlineData(12, 4, 2)]
    [InlineData(25, 4, 4)]
    [InlineData(85, 2, 2)]
    [InlineData(85, 1, 1)]
    public void Short_files_are_read_by_fewer_workers(int pages, int configured, int expected)
    {
        Assert.Equal(expected, PdfPageReader.Workers(pages, configured));
    }

    private static DecodedDocument Decode(byte[] bytes, int workers) =>
        new PdfDecoder(new IngestionOptions { PdfPageWorkers = workers }).Decode(bytes, "long.pdf", TestContext.Current.CancellationToken);

    private static string[] Describe(DecodedDocument document) =>
        document.Blocks.Select(b => $"{b.Kind} {b.Page}-{b.PageEnd} {b.HeadingLevel} {b.Text} {(b.Table is null ? "" : string.Join(" / ", b.Table.Rows.Select(r => string.Join(" | ", r))))}").ToArray();

    /// <summary>Numbered clauses over many pages, one with a table, under a running header and page numbers.</summary>
    private static byte[] LongDocument(int pages)
    {
        using var pdf = new PdfFixtureWriter("TS 3-2025 Long test document", n => $"Page {n} of {pages}");
        for (var page = 1; page <= pages; page++)
        {
            if (page > 1)
            {
                pdf.NewPage();
            }

            pdf.Heading($"{page} Section {page}", 13)
                .Paragraph($"{page}.1 Clause {page}.1 states a requirement for the quality control", "of the equipment used on this page.")
                .Paragraph($"{page}.2 Clause {page}.2 refers to clause {page}.1 of this document.");
            if (page % 5 == 0)
            {
                pdf.Paragraph($"Table {page}. Values")
                    .Table([150, 150], ["Quantity", "Value"], ["Dose", $"{page} mSv"], ["Rate", $"{page * 2} mSv/h"]);
            }
        }

        return pdf.Save();
    }
}
