namespace Ratro.Knowledge.Search.Syntax;

/// <summary>A typed query taken apart: its words and phrases, and the filters typed into it (<c>type:…</c>, <c>lang:…</c>).</summary>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, SearchFilters TypedFilters, string Text)
{
    public IEnumerable<QueryClause> Wanted => Clauses.Where(c => !c.IsExcluded);

    public IEnumerable<QueryClause> Excluded => Clauses.Where(c => c.IsExcluded);

    /// <summary>The same query without the wanted clauses that overlap the given character spans (recognized designations).</summary>
    public ParsedQuery Without(IEnumerable<(int Start, int Length)> spans)
    {
        var list = spans.ToList();
        return this with
        {
            Clauses = Clauses.Where(c => c.IsExcluded || !list.Any(s => c.Start < s.Start + s.Length && s.Start < c.End)).ToList(),
        };
    }
}
