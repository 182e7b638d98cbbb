namespace Ratro.Knowledge.Documents;

/// <summary>Where a relation was learned from.</summary>
public enum RelationOrigin
{
    /// <summary>Extracted from the body text.</summary>
    Text = 0,

    /// <summary>Parsed from a preface or foreword ("идентичен международному стандарту …").</summary>
    Preface,

    /// <summary>From structured metadata (front matter, the designation itself).</summary>
    Metadata,

    /// <summary>Entered or corrected by an editor.</summary>
    Editor,
}
