using System.Text;
using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Corpus.Rendering.Pdf;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Decoders.Pdf;
using UglyToad.PdfPig.Content;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

/// <summary>
/// How renditions set table cells: a word that fits its cell on a line of its own is never broken (bold header
/// words included), a word wider than its cell makes the cell's font smaller, and only a word too long even
/// then is broken, with a hyphen. Rendered tables read back through the PDF decoder cell for cell (tables of
/// two body rows or more: see <see cref="TableGrid.SplitBands"/> for a lone wrapped body row).
/// </summary>
public sealed class PdfTableLayoutTests
{
    private static readonly string[] ManyColumns =
        ["Radiotherapy", "Brachytherapy", "Commissioning", "Dosimetry", "Calibration", "Verification", "Acceptance", "Maintenance", "Documentation"];

    private const string LongToken = "radiotherapyqualityassurancerecordsidentifierofthemachine";

    public static TheoryData<string, string[][]> TablesThatFit() => new()
    {
        {
            "bold header words",
            [
                ["Procedure", "Non-IMRT", "IMRT", "SRS/SBRT"],
                ["Electron output constancy (weekly, or daily where the machine's electron monitoring requires it)", "3%", "3%", "3%"],
                ["Laser localization", "2 mm", "1.5 mm", "1 mm"],
            ]
        },
        {
            "wrapped cells",
            [
                ["Exposure", "Quantity", "Limit"],
                ["Occupational (over 18 years)", "Equivalent dose, lens of the eye", "20 mSv/year averaged over 5 consecutive years; 50 mSv in any single year"],
                ["Public", "Effective dose", "1 mSv in a year"],
            ]
        },
        {
            "more columns than the page width gives their words",
            [ManyColumns, ManyColumns.Select(w => w.ToLowerInvariant()).ToArray()]
        },
    };

    [Theory]
    [MemberData(nameof(TablesThatFit))]
    public async Task No_word_of_a_cell_is_broken(string table, string[][] rows)
    {
        using var pdf = PdfPigDocument.Open(await RenderAsync(rows));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);

        Assert.All(rows.SelectMany(r => r).SelectMany(c => c.Split(' ')), w => Assert.True(words.Contains(w), $"{table}: '{w}' is not a whole word of the rendition"));
    }

    [Fact]
    public async Task A_cell_whose_longest_word_does_not_fit_is_set_smaller_but_not_below_the_minimum()
    {
        using var pdf = PdfPigDocument.Open(await RenderAsync([ManyColumns, ManyColumns]));
        var page = pdf.GetPage(1);
        var body = Words(page, "below").Single().Letters[0].PointSize;
        var sizes = ManyColumns.Select(w => Words(page, w).First().Letters[0].PointSize).ToList();

        Assert.Contains(sizes, s => s < 9);
        Assert.All(sizes, s => Assert.InRange(s, CellFit.MinimumSize, 9));
        Assert.Equal(10, body);
    }

    [Fact]
    public async Task A_word_too_long_for_its_cell_at_the_smallest_size_is_broken_with_hyphens_and_reads_back_whole()
    {
        var bytes = await RenderAsync([["A", "B", "C", "D", "E", "F"], Enumerable.Repeat(LongToken, 6).ToArray(), ["1", "2", "3", "4", "5", "6"]]);
        using var pdf = PdfPigDocument.Open(bytes);
        var decoded = new PdfDecoder(new IngestionOptions()).Decode(bytes, "table.pdf", TestContext.Current.CancellationToken);

        Assert.Contains(pdf.GetPage(1).GetWords(), w => w.Text.EndsWith('-') && LongToken.StartsWith(w.Text[..^1], StringComparison.Ordinal));
        Assert.Equal(Enumerable.Repeat(LongToken, 6), Assert.Single(decoded.Blocks, b => b.Kind == BlockKind.Table).Table!.Rows[1]);
    }

    [Theory]
    [MemberData(nameof(TablesThatFit))]
    public async Task A_rendered_table_reads_back_cell_for_cell(string table, string[][] rows)
    {
        var decoded = new PdfDecoder(new IngestionOptions()).Decode(await RenderAsync(rows), "table.pdf", TestContext.Current.CancellationToken);
        var read = Assert.Single(decoded.Blocks, b => b.Kind == BlockKind.Table).Table!;

        Assert.True(
            rows.Select(r => string.Join(" | ", r)).SequenceEqual(read.Rows.Select(r => string.Join(" | ", r))),
            $"{table}: read back as\n{string.Join("\n", read.Rows.Select(r => string.Join(" | ", r)))}");
    }

    private static async Task<byte[]> RenderAsync(string[][] rows)
    {
        var markdown = new StringBuilder()
            .AppendLine("---").AppendLine("designation: \"SAMPLE-TAB 1:2024\"").AppendLine("title_en: \"Table layout sample\"")
            .AppendLine("type: professional_guideline").AppendLine("issuer: \"Sample issuer\"").AppendLine("jurisdiction: INT")
            .AppendLine("language: en").AppendLine("status: in_force").AppendLine("access: public").AppendLine("---").AppendLine()
            .AppendLine("# Table layout sample").AppendLine().AppendLine("## 1. Introduction").AppendLine()
            .AppendLine("1.1. The table below lists the values.").AppendLine()
            .AppendLine("| " + string.Join(" | ", rows[0]) + " |")
            .AppendLine("|" + string.Concat(rows[0].Select(_ => "---|")));
        foreach (var row in rows.Skip(1))
        {
            markdown.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        var cancellation = TestContext.Current.CancellationToken;
        var source = await CorpusSourceReader.ReadAsync(Encoding.UTF8.GetBytes(markdown.ToString()), "sample.md", cancellation);
        return new PdfCorpusRenderer().Render(source, cancellation).Bytes;
    }

    private static IEnumerable<Word> Words(Page page, string text) => page.GetWords().Where(w => w.Text == text);
}
