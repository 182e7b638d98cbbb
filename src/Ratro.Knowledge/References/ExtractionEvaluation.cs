namespace Ratro.Knowledge.References;

/// <summary>Scores <see cref="ReferenceExtractor"/> against an annotated sample (see <see cref="AnnotationFile"/>).</summary>
public static class ExtractionEvaluation
{
    public static ExtractionScore EvaluateFile(string path, CancellationToken cancellationToken) =>
        Evaluate(AnnotationFile.Read(path, cancellationToken), cancellationToken);

    public static ExtractionScore Evaluate(IEnumerable<AnnotatedSentence> sentences, CancellationToken cancellationToken)
    {
        int count = 0, references = 0, expectedUnits = 0, foundUnits = 0, matched = 0;
        var mismatches = new List<SentenceMismatch>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var expected = sentence.Expected.SelectMany(Units).ToList();
            var found = ReferenceExtractor.Extract(sentence.Text, sentence.SelfCanonical).SelectMany(Units).ToList();
            var missing = new List<string>(expected);
            var unexpected = new List<string>();
            foreach (var unit in found)
            {
                if (!missing.Remove(unit))
                {
                    unexpected.Add(unit);
                }
            }

            count++;
            references += sentence.Expected.Count;
            expectedUnits += expected.Count;
            foundUnits += found.Count;
            matched += found.Count - unexpected.Count;
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                mismatches.Add(new SentenceMismatch(sentence.Line, sentence.Text, missing, unexpected));
            }
        }

        return new ExtractionScore(count, references, expectedUnits, foundUnits, matched, mismatches);
    }

    /// <summary>The annotation token of an extracted reference's target: a canonical designation, "self", "self^article", "?".</summary>
    public static string TargetToken(ExtractedReference reference) => reference switch
    {
        { Target: { } target } => target.Canonical,
        { UnresolvedTarget: not null } => "?",
        { Scope: ReferenceScope.EnclosingArticle } => "self^article",
        { Scope: ReferenceScope.EnclosingPart } => "self^part",
        { Scope: ReferenceScope.EnclosingItem } => "self^item",
        { Scope: ReferenceScope.EnclosingSection } => "self^section",
        _ => "self",
    };

    private static IEnumerable<string> Units(ExpectedReference reference) =>
        reference.Clauses.Count == 0 ? [reference.Target] : reference.Clauses.Select(c => $"{reference.Target} @ {c}");

    private static IEnumerable<string> Units(ExtractedReference reference)
    {
        var target = TargetToken(reference);
        return reference.TargetClauses.Count == 0 ? [target] : reference.TargetClauses.Select(c => $"{target} @ {c}");
    }
}
