using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search;

/// <summary>
/// Status-aware ranking: relevance is multiplied by a factor of the edition's status, so for similar relevance
/// documents in force come before those not yet in force, unverified, superseded or withdrawn.
/// </summary>
public static class StatusRanking
{
    public static double Factor(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => 1.0,
        DocumentStatus.NotYetInForce => 0.9,
        DocumentStatus.Unknown => 0.85,
        DocumentStatus.Superseded => 0.6,
        DocumentStatus.Withdrawn => 0.55,
        DocumentStatus.Draft => 0.5,
        _ => 0.5,
    };
}
