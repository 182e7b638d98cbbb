using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Identity;

namespace Ratro.Knowledge.Web.Data;

/// <summary>
/// The site's own tables — accounts and roles (ASP.NET Identity) and site content — in the same SQLite file as the
/// document store, with a migrations history of its own (<see cref="MigrationsHistoryTable"/>).
/// </summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : IdentityDbContext<WebUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__WebMigrationsHistory";

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WebDbContext).Assembly, t => t.Namespace == typeof(WebDbContext).Namespace);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
    }

    public static void UseSite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
}
