using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.References.Graph.Validity;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Validity from the record and the reference graph (see <see cref="ValidityDerivation"/>): a supersession ends the
/// superseded document on the day it states, else on its successor's start; a withdrawal date ends it; a later edition
/// ends a superseded one. The engine asks while projecting, synchronously; the graph is read on a pool thread so no
/// caller's context is blocked on.
/// </summary>
public sealed class GraphValidityResolver(StatusTimeline timeline) : IValidityResolver
{
    public ValidityInterval Resolve(NormativeDocument edition, IReadOnlyList<NormativeDocument> editions)
    {
        var document = HeldDocument.From(edition);
        var all = editions.Select(HeldDocument.From).ToList();
        var validity = Task.Run(() => timeline.ValidityAsync(document, all, CancellationToken.None)).GetAwaiter().GetResult();
        return validity.ToInterval();
    }
}
