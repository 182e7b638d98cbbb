using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// A kind of document a question names by a word ("ГОСТ", "приказ", "IAEA", "AAPM"): the document types it means and
/// the words a canonical designation of that kind contains. Used to prefer such documents, not to exclude others.
/// </summary>
public sealed record DocumentKindHint(string Word, IReadOnlyList<DocumentType> Types, IReadOnlyList<string> DesignationWords)
{
    public bool Matches(NormativeDocument document) =>
        Types.Contains(document.Type)
        || DesignationWords.Any(w => document.Canonical.Contains(w, StringComparison.OrdinalIgnoreCase));
}
