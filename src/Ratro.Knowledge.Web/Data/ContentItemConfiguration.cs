using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Data;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("cms_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Slug).IsRequired().HasMaxLength(ContentSlug.MaxLength);
        builder.Property(i => i.Culture).IsRequired().HasMaxLength(2);
        builder.Property(i => i.CreatedBy).IsRequired();
        builder.HasIndex(i => new { i.Type, i.Slug, i.Culture }).IsUnique();
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
