using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>A candidate clause for one question: how it was found (<see cref="CandidateClause"/>) and its prepared text.</summary>
public sealed class ClauseContext(CandidateClause candidate)
{
    public CandidateClause Candidate { get; } = candidate;

    public IReadOnlyList<(Passage Passage, IReadOnlySet<string> Own, IReadOnlySet<string> Context)> Passages => Candidate.Prepared.Passages;

    public IReadOnlySet<string> Stems => Candidate.Prepared.Stems;

    public IReadOnlySet<string> TitleStems => Candidate.Prepared.TitleStems;
}
