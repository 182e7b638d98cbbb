namespace Ratro.Knowledge.Web.Identity;

/// <summary>
/// The site's roles. Each includes the ones below it: an Admin may do what an Editor may, an Editor what a
/// Member may (the policies in <see cref="Policies"/> say so; users need only their highest role).
/// </summary>
public static class Roles
{
    public const string Admin = "Admin";

    public const string Editor = "Editor";

    public const string Member = "Member";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Member];
}
