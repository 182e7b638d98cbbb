namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>The answer to "was this document in force on <see cref="Day"/>?", with the reason in Russian and English.</summary>
public sealed record StatusOnDate(
    DateOnly Day,
    InForceAnswer Answer,
    StatusReason Reason,
    string ReasonRu,
    string ReasonEn,
    bool Approximate,
    DerivedValidity Validity);
