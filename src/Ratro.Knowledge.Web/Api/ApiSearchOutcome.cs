using Microsoft.AspNetCore.Http.HttpResults;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Api;

/// <summary>Results with the hits' records, or the problem that stopped the request.</summary>
public sealed record ApiSearchOutcome(SearchResults? Results, IReadOnlyList<(DocumentHit Hit, NormativeDocument Record)> Hits, ProblemHttpResult? Problem)
{
    public static ApiSearchOutcome Failed(ProblemHttpResult problem) => new(null, [], problem);
}
