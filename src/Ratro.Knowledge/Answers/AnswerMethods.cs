namespace Ratro.Knowledge.Answers;

/// <summary>Values of <see cref="Answer.Method"/>.</summary>
public static class AnswerMethods
{
    public const string Extractive = "extractive";
    public const string Generative = "generative";
    public const string None = "none";
}
