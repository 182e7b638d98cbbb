namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// The word lists and sentence templates of one language. Templates hold slots ("{rate}", "{device_gen}")
/// that <see cref="SyntheticText"/> fills from <see cref="Slots"/>, mostly numbers with units.
/// </summary>
internal sealed record SyntheticVocabulary
{
    public required IReadOnlyList<string> SectionTitles { get; init; }

    public required IReadOnlyList<string> SubsectionTitles { get; init; }

    public required IReadOnlyList<string> Clauses { get; init; }

    /// <summary>Unnumbered paragraphs that may open a section.</summary>
    public required IReadOnlyList<string> Intros { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    public required IReadOnlyList<string> Footnotes { get; init; }

    public required IReadOnlyList<string> AnnexTitles { get; init; }

    public required IReadOnlyList<string> RequirementTitles { get; init; }

    public required IReadOnlyList<string> Requirements { get; init; }

    /// <summary>Sentences citing a clause of another synthetic document: "{clause}" and "{designation}" slots.</summary>
    public required IReadOnlyList<string> SyntheticReferences { get; init; }

    public required IReadOnlyList<RealReference> RealReferences { get; init; }

    public required IReadOnlyList<SyntheticTable> Tables { get; init; }

    public required IReadOnlyDictionary<string, Func<SyntheticRandom, string>> Slots { get; init; }

    /// <summary>"Таблица" or "Table".</summary>
    public required string TableWord { get; init; }

    /// <summary>The letters of lettered annexes, in order ("А", "Б", "В" … in Russian; "A", "B", "C" … in English).</summary>
    public required IReadOnlyList<string> AnnexLetters { get; init; }

    public static SyntheticVocabulary For(string language) => language == "ru" ? RussianVocabulary.Instance : EnglishVocabulary.Instance;
}
