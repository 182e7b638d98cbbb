using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Designation).IsRequired();
        builder.Property(d => d.Canonical).IsRequired();
        builder.Property(d => d.Slug).IsRequired();
        builder.HasIndex(d => d.Canonical);
        builder.HasIndex(d => d.Slug);
        builder.Property(d => d.WorkKey).IsRequired().HasDefaultValue("");
        builder.HasIndex(d => d.WorkKey);
        builder.Property(d => d.Aliases).AsJson();
        builder.Property(d => d.IcsCodes).AsJson();
        builder.Property(d => d.ReviewFlags).AsJson();
        builder.Ignore(d => d.Title);
        builder.OwnsOne(d => d.Source, source =>
        {
            source.Property(s => s.FileName).HasColumnName("source_file_name");
            source.Property(s => s.Size).HasColumnName("source_size");
            source.Property(s => s.Sha256).HasColumnName("source_sha256");
            source.Property(s => s.Format).HasColumnName("source_format");
            source.Property(s => s.MediaType).HasColumnName("source_media_type");
            source.HasIndex(s => s.Sha256);
        });
        builder.HasMany(d => d.Clauses).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Relations).WithOne().HasForeignKey(r => r.EvidenceDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
