namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the error pages (status codes and unhandled failures).</summary>
public static class ErrorText
{
    public static Text Title { get; } = new("Ошибка {0}", "Error {0}");
    public static Text NotFound { get; } = new("Такой страницы нет.", "There is no such page.");
    public static Text BadRequest { get; } = new(
        "Запрос не может быть обработан. Если вы отправляли форму, обновите страницу и попробуйте снова.",
        "The request cannot be processed. If you sent a form, reload the page and try again.");
    public static Text Forbidden { get; } = new("Доступ запрещён.", "Access is denied.");
    public static Text TooManyRequests { get; } = new(
        "Слишком много запросов. Подождите немного и попробуйте снова.", "Too many requests. Wait a moment and try again.");
    public static Text ServerError { get; } = new(
        "Что-то пошло не так на нашей стороне. Попробуйте позже.", "Something went wrong on our side. Try again later.");
    public static Text Other { get; } = new("Запрос не выполнен.", "The request could not be completed.");
    public static Text BackHome { get; } = new("На главную", "Back to the home page");
}
