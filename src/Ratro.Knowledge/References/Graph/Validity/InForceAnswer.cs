namespace Ratro.Knowledge.References.Graph.Validity;

/// <summary>Whether a document was in force on a day: yes, no, or unknown when the dates needed are not recorded.</summary>
public enum InForceAnswer
{
    Unknown = 0,
    Yes,
    No,
}
