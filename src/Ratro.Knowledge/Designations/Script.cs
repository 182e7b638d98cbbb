namespace Ratro.Knowledge.Designations;

/// <summary>The script a word is written in, for homoglyph folding.</summary>
internal enum Script
{
    /// <summary>No letters (digits only).</summary>
    None = 0,

    Cyrillic,

    Latin,

    /// <summary>Only letters that exist in both scripts ("OT", "P", "РК"): the neighbours decide.</summary>
    Ambiguous,

    /// <summary>Letters only one script has, from both scripts: left as printed.</summary>
    Mixed,
}
