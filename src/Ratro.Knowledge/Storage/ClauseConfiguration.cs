using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

internal sealed class ClauseConfiguration : IEntityTypeConfiguration<Clause>
{
    public void Configure(EntityTypeBuilder<Clause> builder)
    {
        builder.ToTable("clauses");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.DocumentId, c.Ordinal }).IsUnique();
        builder.HasIndex(c => new { c.DocumentId, c.Key });
        builder.Property(c => c.Tables).AsJson();
        builder.Property(c => c.Footnotes).AsJson();
        builder.Ignore(c => c.Anchor);
    }
}
