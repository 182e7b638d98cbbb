namespace Ratro.Knowledge.Cli.Output;

/// <summary>Precision and recall of reference extraction on the annotated sample, counted in (target, clause) units.</summary>
internal sealed record SampleScoreJson(
    int Sentences, int ExpectedReferences, int ExpectedUnits, int FoundUnits, int MatchedUnits, double Precision, double Recall, double F1, int MismatchedSentences);
