namespace Ratro.Knowledge.Web.Hosting;

/// <summary>
/// Work done once at every start-up, after both databases are migrated and before the site takes requests
/// (roles and the first administrator, the site recipe, later the document corpus). Seeders run in the order
/// they were registered and must be idempotent: a second start changes nothing.
/// </summary>
public interface IStartupSeeder
{
    /// <summary>A short name for the logs.</summary>
    string Name { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
