using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Tests.References;

/// <summary>Precision and recall of the extractor over the annotated sample (reference-sample.tsv).</summary>
public sealed class ReferenceSampleTests(ITestOutputHelper output)
{
    private static string SamplePath => TestData.Path("References", "reference-sample.tsv");

    [Fact]
    public void The_sample_is_large_enough_and_holds_negative_sentences()
    {
        var sentences = AnnotationFile.Read(SamplePath, TestContext.Current.CancellationToken);

        Assert.True(sentences.Sum(s => s.Expected.Count) >= 300, "fewer than 300 annotated references");
        Assert.True(sentences.Count(s => s.Expected.Count == 0) >= 30, "fewer than 30 negative sentences");
    }

    [Fact]
    public void Precision_and_recall_over_the_sample_meet_the_targets()
    {
        var score = ExtractionEvaluation.EvaluateFile(SamplePath, TestContext.Current.CancellationToken);

        output.WriteLine(score.ToString());
        foreach (var mismatch in score.Mismatches)
        {
            output.WriteLine($"line {mismatch.Line}: missing [{string.Join("; ", mismatch.Missing)}] unexpected [{string.Join("; ", mismatch.Unexpected)}]");
        }

        Assert.True(score.Precision >= 0.97, $"precision {score.Precision:0.000} < 0.97");
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:0.000} < 0.95");
    }
}
