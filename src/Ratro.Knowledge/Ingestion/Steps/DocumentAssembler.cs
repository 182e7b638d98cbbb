using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Steps;

/// <summary>Builds the <see cref="NormativeDocument"/> to store from what the steps established.</summary>
internal static class DocumentAssembler
{
    public static NormativeDocument Assemble(IngestionContext context)
    {
        var metadata = context.Metadata!;
        var canonical = metadata.Canonical!;
        return new NormativeDocument
        {
            Designation = metadata.Designation ?? "",
            Canonical = canonical,
            Aliases = metadata.Aliases.ToList(),
            Slug = Slugs.ForCanonical(canonical),
            TitleRu = metadata.TitleRu,
            TitleEn = metadata.TitleEn,
            Type = metadata.Type,
            Issuer = metadata.Issuer,
            Jurisdiction = metadata.Jurisdiction,
            Language = metadata.Language,
            Status = metadata.Status,
            StatusVerified = metadata.StatusVerified,
            StatusNote = metadata.StatusNote,
            ApprovedOn = metadata.ApprovedOn,
            EffectiveOn = metadata.EffectiveOn,
            WithdrawnOn = metadata.WithdrawnOn,
            IcsCodes = metadata.IcsCodes.ToList(),
            Access = metadata.Access,
            Edition = metadata.Edition ?? (metadata.IsDigest ? "digest" : null),
            EditionDate = metadata.EditionDate,
            IsDigest = metadata.IsDigest,
            IsSynthetic = metadata.IsSynthetic,
            State = context.Request.State,
            PageCount = context.Decoded?.PageCount ?? 0,
            ReviewFlags = metadata.ReviewFlags.ToList(),
            Source = new SourceFile
            {
                FileName = context.Request.FileName,
                Size = context.Content.Length,
                Sha256 = context.Sha256,
                Format = EnumNames.ToName(context.Format),
                MediaType = MediaType(context.Format),
            },
            Clauses = context.Clauses.ToList(),
            Relations = Distinct(metadata.Relations.Concat(context.Relations)),
        };
    }

    private static List<DocumentRelation> Distinct(IEnumerable<DocumentRelation> relations) =>
        relations
            .GroupBy(r => (r.SourceCanonical, r.SourceClause, r.Type, r.TargetCanonical, r.TargetClause, r.TargetEdition, r.EffectiveOn))
            .Select(g => g.OrderBy(r => r.Origin).First())
            .ToList();

    private static string MediaType(SourceFormat format) => format switch
    {
        SourceFormat.Pdf => "application/pdf",
        SourceFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
