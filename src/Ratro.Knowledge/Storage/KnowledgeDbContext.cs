using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Storage;

/// <summary>The store: the source of truth every index is rebuilt from.</summary>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    public DbSet<NormativeDocument> Documents => Set<NormativeDocument>();

    public DbSet<Clause> Clauses => Set<Clause>();

    public DbSet<DocumentRelation> Relations => Set<DocumentRelation>();

    public DbSet<DocumentName> Names => Set<DocumentName>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly, t => t.Namespace == typeof(KnowledgeDbContext).Namespace);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DocumentType>().HaveConversion<EnumNameConverter<DocumentType>>();
        configurationBuilder.Properties<DocumentStatus>().HaveConversion<EnumNameConverter<DocumentStatus>>();
        configurationBuilder.Properties<AccessLevel>().HaveConversion<int>();
        configurationBuilder.Properties<PublicationState>().HaveConversion<EnumNameConverter<PublicationState>>();
        configurationBuilder.Properties<ClauseKind>().HaveConversion<EnumNameConverter<ClauseKind>>();
        configurationBuilder.Properties<RelationType>().HaveConversion<EnumNameConverter<RelationType>>();
        configurationBuilder.Properties<RelationOrigin>().HaveConversion<EnumNameConverter<RelationOrigin>>();
        configurationBuilder.Properties<CorrespondenceDegree>().HaveConversion<EnumNameConverter<CorrespondenceDegree>>();
        configurationBuilder.Properties<Designations.DocumentNameKind>().HaveConversion<EnumNameConverter<Designations.DocumentNameKind>>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
    }
}
