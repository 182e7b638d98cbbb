namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// What a question asks: its language, subject concepts, the documents and clauses it names, and its cues (in force
/// on a day, the status of a named document, a comparison, a value). <see cref="SearchText"/> is what goes to the
/// search engine: the designations as written and the subject words, without question words.
/// </summary>
public sealed record QuestionAnalysis
{
    public required string Text { get; init; }

    public required string Language { get; init; }

    public IReadOnlyList<QueryConcept> Concepts { get; init; } = [];

    public IReadOnlyList<NamedDocument> Documents { get; init; } = [];

    public IReadOnlyList<ClauseReference> Clauses { get; init; } = [];

    /// <summary>Designations the question writes that name no document the caller may read.</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    public IReadOnlyList<DocumentKindHint> Kinds { get; init; } = [];

    public bool WantsInForce { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The question is about the status of the document(s) it names (in force? replaced by what?).</summary>
    public bool AsksStatus { get; init; }

    public bool Compares { get; init; }

    public bool AsksValue { get; init; }

    /// <summary>The question asks which document ("Which report …", "Какой стандарт …"): documents whose title says it are preferred.</summary>
    public bool AsksDocument { get; init; }

    public string SearchText { get; init; } = "";

    public bool HasSubject => Concepts.Count > 0 || Documents.Count > 0;
}
