namespace Ratro.Knowledge.Answers;

/// <summary>Why an answer was refused. Serialized in snake_case (<c>not_found</c>, <c>empty_question</c> …).</summary>
public enum RefusalReason
{
    /// <summary>The knowledge base (as far as the caller may read it) does not answer the question.</summary>
    NotFound = 0,

    /// <summary>The question is empty or only white space.</summary>
    EmptyQuestion,

    /// <summary>The question is longer than <c>Answers:MaxQuestionLength</c>.</summary>
    QuestionTooLong,

    /// <summary>The question has no words to look for (symbols, digits or garbage only).</summary>
    Unintelligible,
}
