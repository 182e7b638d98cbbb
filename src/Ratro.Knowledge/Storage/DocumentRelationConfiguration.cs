using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

internal sealed class DocumentRelationConfiguration : IEntityTypeConfiguration<DocumentRelation>
{
    public void Configure(EntityTypeBuilder<DocumentRelation> builder)
    {
        builder.ToTable("relations");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TargetKey, r.TargetClause });
        builder.HasIndex(r => new { r.SourceKey, r.SourceClause });
        builder.HasIndex(r => r.Type);
        builder.HasIndex(r => new { r.EvidenceDocumentId, r.Type });
        builder.Property(r => r.SourceCanonical).IsRequired();
        builder.Property(r => r.TargetCanonical).IsRequired();
        builder.Property(r => r.SourceKey).IsRequired().HasDefaultValue("");
        builder.Property(r => r.TargetKey).IsRequired().HasDefaultValue("");
    }
}
