namespace Ratro.Knowledge.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestionStatus
{
    /// <summary>A new document was stored.</summary>
    Ingested,

    /// <summary>The same bytes are already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>A different edition of a held document was stored beside the older ones.</summary>
    NewEdition,

    /// <summary>A different file of the same edition replaced the stored one.</summary>
    Updated,

    /// <summary>The file could not be ingested; the store is as it was.</summary>
    Failed,

    /// <summary>A PDF without a text layer: it needs OCR before it can be ingested.</summary>
    NeedsOcr,
}
