namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>Reads one file format into located blocks. Throws <see cref="IngestionException"/> for bad input.</summary>
public interface IDocumentDecoder
{
    SourceFormat Format { get; }

    Task<DecodedDocument> DecodeAsync(ReadOnlyMemory<byte> content, string fileName, CancellationToken cancellationToken);
}
