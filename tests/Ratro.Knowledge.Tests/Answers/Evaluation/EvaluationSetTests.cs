using Ratro.Knowledge.Answers.Evaluation;

namespace Ratro.Knowledge.Tests.Answers.Evaluation;

/// <summary>Reading evaluation TSV files.</summary>
public sealed class EvaluationSetTests
{
    [Fact]
    public void Columns_are_found_by_name_and_documents_split_on_semicolons()
    {
        var questions = EvaluationSet.Parse(
        [
            "# a comment",
            "kind\tquestion\texpected_fact\texpected_document",
            "factual\tКаков предел?\t20 мЗв\tСанПиН 2.6.1.2523-09; Федеральный закон № 3-ФЗ",
            "",
            "unanswerable\tЦена ускорителя?\t\t",
        ], "test.tsv");

        Assert.Equal(2, questions.Count);
        Assert.Equal(["СанПиН 2.6.1.2523-09", "Федеральный закон № 3-ФЗ"], questions[0].ExpectedDocuments);
        Assert.Equal("20 мЗв", questions[0].ExpectedFact);
        Assert.Equal(3, questions[0].Line);
        Assert.False(questions[1].Answerable);
        Assert.Null(questions[1].ExpectedFact);
    }

    [Theory]
    [InlineData("question\texpected_document\tkind", "expected_fact")]
    [InlineData("question\texpected_document\texpected_fact\tkind\n\tA\t\tfactual", "the question is empty")]
    public void A_malformed_file_is_refused_with_the_reason(string content, string reason)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationSet.Parse(content.Split('\n'), "bad.tsv"));

        Assert.Contains(reason, error.Message);
        Assert.StartsWith("bad.tsv", error.Message);
    }
}
