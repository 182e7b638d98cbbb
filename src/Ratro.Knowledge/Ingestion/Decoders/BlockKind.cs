namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>What a decoded block is, as far as the decoder can tell from the file.</summary>
public enum BlockKind
{
    Paragraph,

    /// <summary>A heading by style, outline level, Markdown syntax or font size/weight.</summary>
    Heading,

    /// <summary>A table; <see cref="DecodedBlock.Table"/> holds its rows.</summary>
    Table,

    /// <summary>A footnote body; <see cref="DecodedBlock.FootnoteMarker"/> names its marker.</summary>
    Footnote,
}
