namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// A document standing in an adoption, correspondence or implementation relation to another, seen from one side:
/// <see cref="Outgoing"/> when the document is the relation's source (it adopts, corresponds to, implements the other).
/// </summary>
public sealed record Counterpart(GraphReference Reference, bool Outgoing)
{
    public RelationEnd Other => Outgoing ? Reference.Target : Reference.Source;

    public Resolution OtherResolution => Outgoing ? Reference.TargetResolution : Reference.SourceResolution;
}
