using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Ingestion.Metadata;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>
/// Establishes the record: from front matter when the file has it, otherwise from the first pages. What is
/// missing stays empty and is flagged for review; a document without a designation gets a placeholder key.
/// </summary>
public sealed class MetadataStep(IMetadataExtractor extractor) : IIngestionStep
{
    public string Name => "metadata";

    public ValueTask<bool> ExecuteAsync(IngestionContext context, CancellationToken cancellationToken)
    {
        var decoded = context.Decoded!;
        var metadata = decoded.Format == SourceFormat.Markdown && decoded.Properties.ContainsKey("designation")
            ? FrontMatterReader.Read(decoded.Properties, context.Request.FileName)
            : extractor.Extract(decoded, context.Clauses, context.Request.FileName);
        if (context.Request.Access is { } access)
        {
            metadata = metadata with { Access = access };
        }

        if (string.IsNullOrWhiteSpace(metadata.Canonical))
        {
            metadata = metadata with { Canonical = $"unidentified:{context.Sha256[..12]}", Designation = metadata.Designation ?? "" };
        }

        context.Metadata = metadata with { ReviewFlags = ReviewFlags(metadata) };
        return ValueTask.FromResult(true);
    }

    private static List<ReviewFlag> ReviewFlags(DocumentMetadata metadata)
    {
        var flags = metadata.ReviewFlags.ToList();
        void Flag(bool missing, string field, string reason)
        {
            if (missing && flags.All(f => f.Field != field))
            {
                flags.Add(new ReviewFlag(field, reason));
            }
        }

        Flag(string.IsNullOrWhiteSpace(metadata.Designation), "designation", "no designation was found on the first pages");
        Flag(metadata.TitleRu is null && metadata.TitleEn is null, "title", "no title was found");
        Flag(metadata.Type == DocumentType.Other, "type", "the document type could not be told from the designation");
        Flag(
            metadata.Status == DocumentStatus.Unknown,
            "status",
            metadata.StatusNote is null ? "the status is not stated in the file; verify it" : "the status is stated as unverified; verify it");
        Flag(metadata.Issuer is null, "issuer", "no issuer was found");
        return flags;
    }
}
