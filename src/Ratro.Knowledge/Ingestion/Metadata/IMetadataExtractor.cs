using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>Finds the record of a document that carries no front matter: from its first pages and file properties.</summary>
public interface IMetadataExtractor
{
    DocumentMetadata Extract(DecodedDocument decoded, IReadOnlyList<Clause> clauses, string fileName);
}
