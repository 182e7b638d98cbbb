using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.References;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>
/// One relation seen from the document: its kind (<c>cites</c>, <c>adopts</c> …), direction (<c>outgoing</c> when the
/// document is the source), the document's own clause, the other end, and — when stated — the degree (<c>idt</c>,
/// <c>mod</c>, <c>neq</c>), partial replacement and date.
/// </summary>
public sealed record ReferenceItem(string Type, string Direction, string? Clause, ReferenceEndItem Other, string? Degree, bool Partial, DateOnly? On)
{
    public static ReferenceItem From(ReferenceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReferenceItem(
            EnumNames.ToName(row.Type), row.Outgoing ? "outgoing" : "incoming", row.OwnClause, ReferenceEndItem.From(row.Other),
            row.Degree is { } degree ? EnumNames.ToName(degree) : null, row.Partial, row.On);
    }
}
