namespace Ratro.Knowledge.References.Graph;

/// <summary>
/// One step of a supersession chain: <see cref="Successor"/> replaces <see cref="Predecessor"/>, wholly or in part, from
/// <see cref="On"/> (the day the relation states, else the successor's start; null when neither is known).
/// </summary>
public sealed record SupersessionLink(ChainNode Successor, ChainNode Predecessor, bool Partial, DateOnly? On, string? TargetClause, GraphReference Reference)
{
    /// <summary>True when <see cref="On"/> is the day the relation states rather than the successor's start.</summary>
    public bool Stated => Reference.Relation.EffectiveOn is not null;
}
