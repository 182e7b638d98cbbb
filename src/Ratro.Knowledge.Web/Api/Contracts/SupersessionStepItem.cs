using Ratro.Knowledge.Web.References;

namespace Ratro.Knowledge.Web.Api.Contracts;

/// <summary>One link of the supersession chain: the successor replaces the predecessor (in part when partial), from a date when known.</summary>
public sealed record SupersessionStepItem(ReferenceEndItem Successor, ReferenceEndItem Predecessor, bool Partial, DateOnly? On)
{
    public static SupersessionStepItem From(ChainStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new SupersessionStepItem(ReferenceEndItem.From(step.Successor), ReferenceEndItem.From(step.Predecessor), step.Partial, step.On);
    }
}
