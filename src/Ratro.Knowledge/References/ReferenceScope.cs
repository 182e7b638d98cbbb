namespace Ratro.Knowledge.References;

/// <summary>What the clause keys of a reference are relative to.</summary>
public enum ReferenceScope
{
    /// <summary>Keys are whole-document keys of the target ("article:6/1/2", "3.1.2", "annex:4").</summary>
    Document = 0,

    /// <summary>Keys are under the article the reference stands in ("частью 3 настоящей статьи" → "3"; a bare "часть 1").</summary>
    EnclosingArticle,

    /// <summary>Keys are under the part the reference stands in ("пунктом 2 настоящей части").</summary>
    EnclosingPart,

    /// <summary>Keys are under the item the reference stands in ("подпунктом "а" настоящего пункта").</summary>
    EnclosingItem,

    /// <summary>Keys are under the section or chapter the reference stands in ("пунктом 3 настоящего раздела").</summary>
    EnclosingSection,
}
