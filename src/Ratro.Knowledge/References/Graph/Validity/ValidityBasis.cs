namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>Where a start or end of validity comes from, so an answer can say how sure it is.</summary>
public enum ValidityBasis
{
    /// <summary>Not known.</summary>
    None = 0,

    /// <summary>The record's effective date.</summary>
    Effective,

    /// <summary>The record's approval date, its effective date not being recorded (an approximation).</summary>
    Approval,

    /// <summary>The record's withdrawal date.</summary>
    Withdrawal,

    /// <summary>The day a supersession relation states.</summary>
    SupersessionDate,

    /// <summary>The successor's effective date (the supersession relation states no day).</summary>
    SuccessorEffective,

    /// <summary>The successor's approval date, neither the relation nor the successor stating when it took effect (an approximation).</summary>
    SuccessorApproval,

    /// <summary>The start of the next edition of the same document.</summary>
    NextEdition,
}
