namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>A passage with its features and score: concept coverage of the passage and of its clause, and the total.</summary>
public sealed record ScoredPassage(
    ClauseContext Clause,
    Passage Passage,
    double PassageCoverage,
    double ClauseCoverage,
    double Score,
    double Confidence);
