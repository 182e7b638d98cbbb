using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ratro.Knowledge.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the site model without starting the host.</summary>
internal sealed class DesignTimeWebDbContextFactory : IDesignTimeDbContextFactory<WebDbContext>
{
    public WebDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WebDbContext>();
        WebDbContext.UseSite(options, "Data Source=design-time.db");
        return new WebDbContext(options.Options);
    }
}
