using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>A clause that may answer the question (prepared for scoring), its document record, how it was found and its retrieval prior in [0, 1].</summary>
public sealed record CandidateClause(NormativeDocument Document, PreparedClause Prepared, CandidateOrigin Origin, double Prior)
{
    public Clause Clause => Prepared.Clause;
}
