using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Data;

public static class DataExtensions
{
    /// <summary>The site's DbContext on the data directory's database file.</summary>
    public static WebApplicationBuilder AddRatroWebData(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<WebDbContext>((sp, options) =>
            WebDbContext.UseSite(options, sp.GetRequiredService<DataDirectory>().ConnectionString));
        builder.Services.AddSingleton<WebDatabase>();
        return builder;
    }
}
