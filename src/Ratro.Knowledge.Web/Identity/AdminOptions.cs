namespace Ratro.Knowledge.Web.Identity;

/// <summary>
/// The first administrator, created at start-up when no user has the Admin role (section "Admin";
/// environment <c>RATRO_Admin__Email</c> / <c>RATRO_Admin__Password</c>). Without both values no account is made.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
