using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Vectors;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>
/// Measures whether MiniLM vectors help on English clauses: paraphrased questions against a small English set,
/// mean reciprocal rank of the right document with text only and with hybrid fusion (numbers reported).
/// </summary>
public sealed class MiniLmHybridMeasurementTests
{
    private static readonly (string Designation, string Text)[] Clauses =
    [
        ("ICRP 103", "The recommended limit for occupational exposure is an effective dose of 20 mSv per year averaged over five years."),
        ("ICRP 103 B", "For public exposure the limit is 1 mSv in a year of effective dose."),
        ("TG-142", "Output constancy of the linear accelerator is checked daily against a tolerance of 3 percent."),
        ("TRS-398", "Absorbed dose to water is determined with an ionization chamber calibrated in a standards laboratory."),
        ("NCRP 151", "Primary barriers of the treatment room are designed for the workload, use factor and occupancy."),
        ("SSR-6", "Packages containing radioactive material are labelled according to their transport index."),
        ("GSR 3", "Medical exposures are justified by weighing the diagnostic or therapeutic benefit against the detriment."),
        ("TG-51", "Beam quality for photons is specified by the percentage depth dose at 10 cm."),
        ("SSG-46", "Patient identity is verified before each treatment fraction is delivered."),
        ("TG-100", "Failure modes and effects analysis is used to prioritise risks in the treatment process."),
    ];

    private static readonly (string Question, string Expected)[] Questions =
    [
        ("how much radiation may staff receive each year", "ICRP 103"),
        ("maximum yearly dose for members of the public", "ICRP 103 B"),
        ("everyday machine output check tolerance", "TG-142"),
        ("measuring dose in water with a calibrated chamber", "TRS-398"),
        ("bunker wall thickness calculation", "NCRP 151"),
        ("labels on radioactive shipments", "SSR-6"),
        ("confirming who the patient is before irradiation", "SSG-46"),
        ("risk analysis of what can go wrong in radiotherapy", "TG-100"),
    ];

    [Fact]
    public async Task Hybrid_with_minilm_is_measured_against_text_only()
    {
        using var folder = new TempDirectory();
        var options = new EmbeddingOptions { Provider = "minilm" };
        using var generator = new MiniLmEmbeddingGenerator();
        await using var index = LuceneTestEngine.Create(folder.Path, embedder: new ClauseEmbedder(generator, options), dimensions: 384);
        foreach (var (designation, body) in Clauses)
        {
            await index.ReplaceDocumentAsync(designation, [DocumentBuilder.En(designation).Clause("1", body).Build()], TestContext.Current.CancellationToken);
        }

        var text = await MeanReciprocalRankAsync(index, hybrid: false);
        var hybrid = await MeanReciprocalRankAsync(index, hybrid: true);
        TestContext.Current.SendDiagnosticMessage($"MiniLM on {Questions.Length} paraphrased English questions: MRR text {text.Mrr:0.00} (found {text.Found}), hybrid {hybrid.Mrr:0.00} (found {hybrid.Found})");

        Assert.True(hybrid.Found > text.Found, $"hybrid found {hybrid.Found}, text {text.Found}");
    }

    private static async Task<(double Mrr, int Found)> MeanReciprocalRankAsync(ISearchIndex index, bool hybrid)
    {
        var (sum, found) = (0.0, 0);
        foreach (var (question, expected) in Questions)
        {
            var results = await index.SearchAsync(new SearchQuery { Text = question, Hybrid = hybrid, Limit = 10 }, TestContext.Current.CancellationToken);
            var rank = results.Hits.Select(h => h.Canonical).ToList().IndexOf(expected);
            if (rank >= 0)
            {
                sum += 1.0 / (rank + 1);
                found++;
            }
        }

        return (sum / Questions.Length, found);
    }
}
