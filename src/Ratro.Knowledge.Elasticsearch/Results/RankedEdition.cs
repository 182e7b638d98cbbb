using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>An edition in a fused result set: its facts, final score and best clauses.</summary>
public sealed record RankedEdition(EditionInfo Edition, double Score, IReadOnlyList<ClauseHit> Clauses);
