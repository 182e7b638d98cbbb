using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Metadata;

namespace Ratro.Knowledge.Ingestion;

/// <summary>What the steps of one file's ingestion pass to each other.</summary>
public sealed class IngestionContext(IngestionRequest request)
{
    public IngestionRequest Request { get; } = request;

    public ReadOnlyMemory<byte> Content { get; set; }

    public string Sha256 { get; set; } = "";

    public SourceFormat Format { get; set; }

    public DecodedDocument? Decoded { get; set; }

    public IReadOnlyList<Clause> Clauses { get; set; } = [];

    public DocumentMetadata? Metadata { get; set; }

    /// <summary>Relations found in the text and preface, added to those of the metadata by the link step.</summary>
    public List<DocumentRelation> Relations { get; } = [];

    /// <summary>The record as stored, once the store step ran.</summary>
    public NormativeDocument? Document { get; set; }

    /// <summary>Set by a step that ends the ingestion early (unchanged) or by the store step.</summary>
    public IngestionStatus? Status { get; set; }

    public List<string> Warnings { get; } = [];
}
