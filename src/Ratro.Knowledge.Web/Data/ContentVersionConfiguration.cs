using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratro.Knowledge.Web.Cms;

namespace Ratro.Knowledge.Web.Data;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("cms_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Title).IsRequired().HasMaxLength(ContentLimits.TitleLength);
        builder.Property(v => v.Summary).HasMaxLength(ContentLimits.SummaryLength);
        builder.Property(v => v.Body).IsRequired();
        builder.Property(v => v.Author).IsRequired();
        builder.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
    }
}
