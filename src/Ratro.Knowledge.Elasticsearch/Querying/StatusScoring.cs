using Elastic.Clients.Elasticsearch.QueryDsl;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Elasticsearch.Schema;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>
/// Status-aware ranking: the text score multiplied by the edition status's factor from <see cref="StatusRanking"/>
/// (a <c>function_score</c> with one weight per status; a document has one status, so the first match is the only one).
/// Rescoring cannot be used: it does not combine with <c>collapse</c>.
/// </summary>
public static class StatusScoring
{
    public static Query Wrap(Query text) => new FunctionScoreQuery
    {
        Query = text,
        Functions = Enum.GetValues<DocumentStatus>()
            .Select(s => new FunctionScore { Filter = Dsl.Term(IndexFields.Status, EnumNames.ToName(s)), Weight = StatusRanking.Factor(s) })
            .ToList(),
        ScoreMode = FunctionScoreMode.First,
        BoostMode = FunctionBoostMode.Multiply,
    };
}
