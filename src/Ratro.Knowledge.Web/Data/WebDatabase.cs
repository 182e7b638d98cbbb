using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Data;

/// <summary>Brings the site's tables up to date (its own migrations, beside the document store's).</summary>
public sealed class WebDatabase(DataDirectory data, IServiceScopeFactory scopes)
{
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StorageException($"cannot migrate the site tables in '{data.DatabasePath}': {e.Message}", e);
        }
    }
}
