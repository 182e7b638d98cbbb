using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>A document a question names by designation (one the caller may read), and where the designation stands.</summary>
public sealed record NamedDocument(NormativeDocument Document, int Start, int Length);
