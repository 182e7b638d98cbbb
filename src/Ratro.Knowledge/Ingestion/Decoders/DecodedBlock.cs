using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>
/// One paragraph-level unit of a decoded file, in reading order, located by page. Decoders do not decide
/// the clause tree; they report what the file says (heading level, automatic number, font) and the
/// structure step decides.
/// </summary>
public sealed record DecodedBlock
{
    public required BlockKind Kind { get; init; }

    /// <summary>The text with words spaced, hyphenation at line ends joined, and no running headers or page numbers.</summary>
    public required string Text { get; init; }

    /// <summary>1-based page where the block starts; null when the format has no pages (Markdown) or does not record them.</summary>
    public int? Page { get; init; }

    /// <summary>1-based page where the block ends, when it runs over a page break.</summary>
    public int? PageEnd { get; init; }

    /// <summary>1 for the top heading level; null for non-headings.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>The number a reader sees that is not part of <see cref="Text"/> (Word automatic numbering: "3.1.2.").</summary>
    public string? NumberLabel { get; init; }

    public bool Bold { get; init; }

    public double? FontSize { get; init; }

    /// <summary>Style name as the file records it (Word), for diagnostics.</summary>
    public string? Style { get; init; }

    public ClauseTable? Table { get; init; }

    /// <summary>Footnotes whose references stand in this block (Word, Markdown).</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>For a <see cref="BlockKind.Footnote"/> block: its marker ("1", "*").</summary>
    public string? FootnoteMarker { get; init; }

    /// <summary>The text a reader sees, automatic number included.</summary>
    public string DisplayText => NumberLabel is null ? Text : $"{NumberLabel} {Text}";
}
