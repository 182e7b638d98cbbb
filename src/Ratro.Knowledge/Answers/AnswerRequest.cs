using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers;

/// <summary>
/// A question: its text, the language of the answer (<c>ru</c> or <c>en</c>; null: the question's own), the highest
/// access level the caller may read, and per-request options.
/// </summary>
public sealed record AnswerRequest(
    string Question,
    string? Language = null,
    AccessLevel Access = AccessLevel.Public,
    AnswerRequestOptions? Options = null);
