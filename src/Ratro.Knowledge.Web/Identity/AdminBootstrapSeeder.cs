using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>Creates the roles, and the first administrator from configuration when no administrator exists.</summary>
public sealed class AdminBootstrapSeeder(
    RoleManager<IdentityRole> roles, UserManager<WebUser> users, IOptions<AdminOptions> options, ILogger<AdminBootstrapSeeder> logger)
    : IStartupSeeder
{
    public string Name => "roles-and-first-admin";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var admin = options.Value;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            logger.LogWarning("No administrator exists and Admin:Email / Admin:Password are not configured; nobody can sign in to /admin");
            return;
        }

        var user = await users.FindByEmailAsync(admin.Email);
        if (user is null)
        {
            user = new WebUser { UserName = admin.Email, Email = admin.Email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, admin.Password), $"create the administrator {admin.Email}");
        }

        Check(await users.AddToRoleAsync(user, Roles.Admin), $"make {admin.Email} an administrator");
        logger.LogInformation("Created the first administrator {Email}", admin.Email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
