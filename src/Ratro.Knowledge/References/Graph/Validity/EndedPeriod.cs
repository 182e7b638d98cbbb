namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>How a document's validity ended (or, for a partial succession, was narrowed): on which day, by what, and how that day is known.</summary>
public sealed record EndedPeriod(DateOnly? On, ValidityBasis Basis, Succession? By)
{
    /// <summary>True when the day is an approximation (an approval date standing for an unrecorded effective date).</summary>
    public bool Approximate => Basis is ValidityBasis.SuccessorApproval or ValidityBasis.Approval;
}
