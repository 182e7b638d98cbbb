namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// One evaluation question: the text, the canonical designations of the documents that answer it (any of them; none
/// means the right behaviour is to refuse), an optional fact the answer must contain, its kind, and its line in the file.
/// </summary>
public sealed record EvaluationQuestion(string Question, IReadOnlyList<string> ExpectedDocuments, string? ExpectedFact, string Kind, int Line)
{
    public bool Answerable => ExpectedDocuments.Count > 0;
}
