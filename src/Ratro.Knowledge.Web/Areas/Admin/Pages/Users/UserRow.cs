namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Users;

/// <summary>One account as the users list shows it.</summary>
public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil);
