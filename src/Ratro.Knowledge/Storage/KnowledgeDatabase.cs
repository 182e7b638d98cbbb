using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ratro.Knowledge.Storage;

/// <summary>Creates the data directory and brings the database schema up to date (migrations).</summary>
public sealed class KnowledgeDatabase(DataDirectory data, IDbContextFactory<KnowledgeDbContext> contexts)
{
    public DataDirectory Data => data;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        data.EnsureCreated();
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await GraphKeyBackfill.RunAsync(db, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"cannot open the database '{data.DatabasePath}': {e.Message}", e);
        }
    }
}
