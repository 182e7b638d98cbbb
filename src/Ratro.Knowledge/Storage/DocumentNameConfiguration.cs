using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

internal sealed class DocumentNameConfiguration : IEntityTypeConfiguration<DocumentName>
{
    public void Configure(EntityTypeBuilder<DocumentName> builder)
    {
        builder.ToTable("document_names");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Key).IsRequired();
        builder.HasIndex(n => n.Key);
        builder.HasIndex(n => n.DocumentId);
        builder.HasOne<NormativeDocument>().WithMany().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
