using Ratro.Knowledge.Web.References;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>The other document of a relation: designation, clause key, link (null when it is not in the store or not visible), whether it is held.</summary>
public sealed record ReferenceEndItem(string Designation, string? Clause, string? Link, bool Held)
{
    public static ReferenceEndItem From(ReferenceEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        return new ReferenceEndItem(end.Designation, end.ClauseKey, end.Href, end.Held);
    }
}
