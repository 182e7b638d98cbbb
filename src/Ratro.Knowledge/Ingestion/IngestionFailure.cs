namespace Ratro.Knowledge.Ingestion;

/// <summary>Why a file could not be ingested. Each has a test with its message.</summary>
public enum IngestionFailure
{
    Unreadable,
    EmptyFile,
    TooLarge,
    UnknownFormat,
    CorruptPdf,
    EncryptedPdf,
    NoTextLayer,
    GarbageText,
    NotAZip,
    EncryptedDocx,
    ZipBomb,
    CorruptDocx,
    InvalidFrontMatter,
    InvalidText,
    NoDesignation,
    StoreFailed,
}
