using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.References.Graph;

/// <summary>A document in a supersession chain: held (with its record) or only referenced.</summary>
public sealed record ChainNode(string Canonical, HeldDocument? Document)
{
    public bool IsHeld => Document is not null;

    /// <summary>When it took effect: the effective date, else the approval date; null when neither is recorded.</summary>
    public DateOnly? Start => Document?.EffectiveOn ?? Document?.ApprovedOn;

    public DocumentStatus? Status => Document?.Status;

    public static ChainNode Of(RelationEnd end, Resolution resolution) =>
        new(resolution.Document?.Canonical ?? end.Display, resolution.Document);
}
