using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Web.Identity;

/// <summary>Sign-in rules that operators may tune (section "SignIn").</summary>
public sealed class SignInRulesOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed attempts before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    [Range(8, 128)]
    public int PasswordMinLength { get; set; } = 10;

    /// <summary>How long a sign-in cookie lives without activity.</summary>
    [Range(5, 60 * 24 * 30)]
    public int SessionMinutes { get; set; } = 8 * 60;
}
