using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Web.Data;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Identity;

public static class IdentityExtensions
{
    public const string LoginPath = "/account/login";

    /// <summary>ASP.NET Identity on the site database: roles, policies, lockout, the first administrator, the key ring in the data directory.</summary>
    public static WebApplicationBuilder AddRatroIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddOptions<SignInRulesOptions>().BindConfiguration(SignInRulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentity<WebUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WebDbContext>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInRulesOptions>>((options, rules) =>
        {
            options.Lockout.MaxFailedAccessAttempts = rules.Value.MaxFailedAttempts;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(rules.Value.LockoutMinutes);
            options.Password.RequiredLength = rules.Value.PasswordMinLength;
        });
        services.AddRatroKeyRing();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "ratro.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInRulesOptions>>((options, rules) => options.ExpireTimeSpan = TimeSpan.FromMinutes(rules.Value.SessionMinutes));
        services.AddAuthorization(Policies.Configure);
        services.AddStartupSeeder<AdminBootstrapSeeder>();
        return builder;
    }
}
