namespace Ratro.Knowledge.Documents;

/// <summary>Legal status of a document edition. <see cref="Unknown"/> means nobody verified it.</summary>
public enum DocumentStatus
{
    Unknown = 0,
    Draft,
    NotYetInForce,
    InForce,
    Superseded,
    Withdrawn,
}
