using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>One edition of a document as `ratro status` lists them.</summary>
internal sealed record EditionJson(
    Guid Id, string Designation, string? Edition, DateOnly? EditionDate, string Status, DateOnly? ApprovedOn, DateOnly? EffectiveOn, DateOnly? WithdrawnOn, bool Current, bool Digest)
{
    public static EditionJson From(HeldDocument e) => new(
        e.Id, e.Designation, e.Edition, e.EditionDate, EnumNames.ToName(e.Status), e.ApprovedOn, e.EffectiveOn, e.WithdrawnOn, e.IsCurrentEdition, e.IsDigest);
}
