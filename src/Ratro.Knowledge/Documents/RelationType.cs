namespace Ratro.Knowledge.Documents;

/// <summary>How one document stands to another.</summary>
public enum RelationType
{
    /// <summary>The source refers to the target (document or clause level).</summary>
    Cites = 0,

    /// <summary>The source replaces the target, wholly or (<see cref="DocumentRelation.Partial"/>) in part.</summary>
    Supersedes,

    /// <summary>The source is an amendment changing clauses of the target.</summary>
    Amends,

    /// <summary>The source (a national standard) adopts the target (an international one) with a degree of correspondence.</summary>
    Adopts,

    /// <summary>Same subject under different numbers over time.</summary>
    CorrespondsTo,

    /// <summary>The source (a norm) implements the target (a law).</summary>
    Implements,
}
