namespace Ratro.Knowledge.Web.Api;

/// <summary>
/// One API key: a name for the logs, the SHA-256 of the key (lower-case hex; the key itself is never stored), and the
/// role the key acts with (<c>Member</c> or <c>Editor</c>).
/// </summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string Role { get; set; } = "";
}
