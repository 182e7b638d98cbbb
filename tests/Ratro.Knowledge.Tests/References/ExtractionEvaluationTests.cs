using Ratro.Knowledge.References;

namespace Ratro.Knowledge.Tests.References;

/// <summary>The evaluation counts units honestly: a wrong annotation lowers the score.</summary>
public sealed class ExtractionEvaluationTests
{
    [Fact]
    public void A_correct_annotation_scores_one()
    {
        var sentence = AnnotationFile.ParseLine("см. п. 3.1 НРБ-99/2009 и ICRU Report 83\tСанПиН 2.6.1.2523-09 @ 3.1 | ICRU Report 83", 1)!;

        var score = ExtractionEvaluation.Evaluate([sentence], TestContext.Current.CancellationToken);

        Assert.Equal((2, 2, 2), (score.ExpectedUnits, score.FoundUnits, score.MatchedUnits));
        Assert.Empty(score.Mismatches);
    }

    [Fact]
    public void A_wrong_annotation_shows_as_missing_and_unexpected()
    {
        var sentence = AnnotationFile.ParseLine("см. п. 3.1 НРБ-99/2009\tСанПиН 2.6.1.2523-09 @ 3.2", 7)!;

        var score = ExtractionEvaluation.Evaluate([sentence], TestContext.Current.CancellationToken);

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        var mismatch = Assert.Single(score.Mismatches);
        Assert.Equal(7, mismatch.Line);
        Assert.Equal(["СанПиН 2.6.1.2523-09 @ 3.2"], mismatch.Missing);
        Assert.Equal(["СанПиН 2.6.1.2523-09 @ 3.1"], mismatch.Unexpected);
    }

    [Fact]
    public void A_negative_sentence_with_a_false_reference_lowers_precision()
    {
        var sentence = AnnotationFile.ParseLine("в т.ч. 5 % персонала\t-", 1)!;
        var falseAlarm = AnnotationFile.ParseLine("п. 5 мЗв\tself @ 5", 2)!;

        var clean = ExtractionEvaluation.Evaluate([sentence], TestContext.Current.CancellationToken);
        var missed = ExtractionEvaluation.Evaluate([falseAlarm], TestContext.Current.CancellationToken);

        Assert.Equal(0, clean.FoundUnits);
        Assert.Equal(1, missed.ExpectedUnits);
        Assert.Equal(0, missed.MatchedUnits);
    }

    [Theory]
    [InlineData("no tab here")]
    [InlineData("sentence\tСанПиН @ 1 @ 2")]
    public void Malformed_lines_are_reported_with_their_number(string line)
    {
        var error = Assert.Throws<AnnotationFormatException>(() => AnnotationFile.ParseLine(line, 12));

        Assert.Equal(12, error.Line);
    }
}
