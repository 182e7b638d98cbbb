using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ratro.Knowledge.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite store in the data directory (Storage:DataDirectory, overridden by RATRO_DATA).</summary>
    public static IServiceCollection AddRatroStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection("Storage"))
            .PostConfigure(o =>
            {
                var fromEnvironment = Environment.GetEnvironmentVariable(StorageOptions.DataEnvironmentVariable);
                if (!string.IsNullOrWhiteSpace(fromEnvironment) && configuration["Storage:DataDirectory"] is null)
                {
                    o.DataDirectory = fromEnvironment;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new DataDirectory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory));
        services.AddDbContextFactory<KnowledgeDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<DataDirectory>().ConnectionString));
        services.AddSingleton<FileStore>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<KnowledgeDatabase>();
        return services;
    }
}
