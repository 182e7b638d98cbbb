namespace Ratro.Knowledge.References;

/// <summary>What a preface or header says about a document: its relations, its approval, whether it is introduced for the first time.</summary>
public sealed record PrefaceAnalysis(IReadOnlyList<FoundRelation> Relations, IReadOnlyList<ApprovalRecord> Approvals, bool IntroducedForFirstTime);
