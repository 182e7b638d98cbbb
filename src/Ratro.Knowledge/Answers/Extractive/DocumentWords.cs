using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// The stems a document lends to each of its clauses: of its titles, and of its designations and titles together.
/// Computed once per document, shared by all its prepared clauses.
/// </summary>
public sealed class DocumentWords
{
    private DocumentWords(IReadOnlySet<string> titles, IReadOnlySet<string> names)
    {
        TitleStems = titles;
        NameStems = names;
    }

    /// <summary>Stems and cognate keys of the Russian and English titles.</summary>
    public IReadOnlySet<string> TitleStems { get; }

    /// <summary>Stems and cognate keys of the designation, canonical designation, titles and aliases.</summary>
    public IReadOnlySet<string> NameStems { get; }

    public static DocumentWords Of(NormativeDocument document) => new(
        Words.StemsAndCognates($"{document.TitleRu} {document.TitleEn}"),
        Words.StemsAndCognates(string.Join(' ', document.Designation, document.Canonical, document.TitleRu, document.TitleEn,
            string.Join(' ', document.Aliases))));
}
