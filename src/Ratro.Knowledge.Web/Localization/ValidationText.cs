namespace Ratro.Knowledge.Web.Localization;

/// <summary>
/// Validation messages. Data annotations name them by key (<c>ErrorMessage = ValidationText.RequiredKey</c>) and the
/// <see cref="TextStringLocalizer"/> turns the key into the current language.
/// </summary>
public static class ValidationText
{
    public const string RequiredKey = "ValidationText.Required";
    public const string EmailKey = "ValidationText.EmailFormat";
    public const string MaxLengthKey = "ValidationText.MaxLength";
    public const string SlugKey = "ValidationText.SlugFormat";

    public static Text Required { get; } = new("Поле «{0}» обязательно.", "The field “{0}” is required.");
    public static Text EmailFormat { get; } = new("Поле «{0}» должно быть адресом почты.", "The field “{0}” must be an email address.");
    public static Text MaxLength { get; } = new("Поле «{0}» длиннее {1} знаков.", "The field “{0}” is longer than {1} characters.");
    public static Text SlugFormat { get; } = new(
        "Адрес: строчные латинские буквы, цифры и дефисы (например, about или news-2025).",
        "Address: lower-case Latin letters, digits and hyphens (for example about or news-2025).");
    public static Text InvalidValue { get; } = new("Значение «{0}» не подходит.", "The value “{0}” is not valid.");
}
