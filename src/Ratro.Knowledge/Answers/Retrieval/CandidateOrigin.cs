namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>How a clause became a candidate for the answer.</summary>
public enum CandidateOrigin
{
    /// <summary>The hybrid clause search found it.</summary>
    Search = 0,

    /// <summary>It belongs to a document the question names.</summary>
    NamedDocument,

    /// <summary>The question names it (document and clause number).</summary>
    NamedClause,

    /// <summary>It belongs to a document that replaced, or was replaced by, a document the question names.</summary>
    Status,
}
