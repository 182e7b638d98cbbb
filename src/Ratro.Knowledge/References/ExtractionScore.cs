namespace Ratro.Knowledge.References;

/// <summary>
/// Precision and recall of the extractor over an annotated sample, counted in units: one unit per (target, clause key),
/// and one per document-level reference.
/// </summary>
public sealed record ExtractionScore(int Sentences, int ExpectedReferences, int ExpectedUnits, int FoundUnits, int MatchedUnits, IReadOnlyList<SentenceMismatch> Mismatches)
{
    public double Precision => FoundUnits == 0 ? 1 : (double)MatchedUnits / FoundUnits;

    public double Recall => ExpectedUnits == 0 ? 1 : (double)MatchedUnits / ExpectedUnits;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"{Sentences} sentences, {ExpectedReferences} references, {ExpectedUnits} expected units, {FoundUnits} found, {MatchedUnits} matched: "
        + $"precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}";
}
