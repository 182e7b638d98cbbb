using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Status;

/// <summary>
/// Says where a document stands: its status, what replaced it and from when, what it replaced, and the record's own
/// note on the status. Only documents the caller may read are named. The reference graph implements this with its
/// supersession chain and status timeline; <see cref="RecordStatusDescriber"/> uses the record and its relations.
/// </summary>
public interface IDocumentStatusDescriber
{
    Task<DocumentStatusDescription> DescribeAsync(NormativeDocument document, AccessLevel access, CancellationToken cancellationToken);
}
