namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of sign-in, sign-out and access denial.</summary>
public static class AccountText
{
    public static Text LoginTitle { get; } = new("Вход для редакторов и членов ассоциации", "Sign in for editors and members");
    public static Text Email { get; } = new("Электронная почта", "Email");
    public static Text Password { get; } = new("Пароль", "Password");
    public static Text RememberMe { get; } = new("Запомнить меня", "Remember me");
    public static Text LoginButton { get; } = new("Войти", "Sign in");
    public static Text LoginFailed { get; } = new("Неверная почта или пароль.", "Wrong email or password.");
    public static Text LockedOut { get; } = new(
        "Слишком много неудачных попыток. Вход временно заблокирован, попробуйте позже.",
        "Too many failed attempts. Signing in is blocked for a while; try again later.");
    public static Text NotAllowed { get; } = new("Вход для этой учётной записи не разрешён.", "This account may not sign in.");
    public static Text LogoutTitle { get; } = new("Выход", "Sign out");
    public static Text LogoutQuestion { get; } = new("Выйти из учётной записи?", "Sign out of your account?");
    public static Text LogoutButton { get; } = new("Выйти", "Sign out");
    public static Text LoggedOut { get; } = new("Вы вышли из учётной записи.", "You have signed out.");
    public static Text DeniedTitle { get; } = new("Доступ запрещён", "Access denied");
    public static Text DeniedText { get; } = new(
        "У вашей учётной записи нет прав на эту страницу.", "Your account has no permission for this page.");
}
