namespace Ratro.Knowledge.Documents;

/// <summary>Who may read a document. Ordered: a caller allowed a level may read every lower level.</summary>
public enum AccessLevel
{
    Public = 0,
    Members = 1,
    Restricted = 2,
}
