namespace Ratro.Knowledge.Designations;

/// <summary>How a document answers to a key: by its canonical designation, or by a printed designation or alias.</summary>
public enum DocumentNameKind
{
    Canonical = 0,
    Alias,
}
