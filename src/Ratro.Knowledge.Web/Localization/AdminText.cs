namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the administration area: content editing, versions, users and roles.</summary>
public static class AdminText
{
    public static Text Title { get; } = new("Управление сайтом", "Site administration");
    public static Text AdminNavigation { get; } = new("Разделы управления", "Administration sections");
    public static Text Content { get; } = new("Страницы и новости", "Pages and news");
    public static Text Users { get; } = new("Пользователи", "Users");
    public static Text NewPage { get; } = new("Новая страница", "New page");
    public static Text NewNews { get; } = new("Новая новость", "New news item");
    public static Text TypePage { get; } = new("Страница", "Page");
    public static Text TypeNews { get; } = new("Новость", "News");
    public static Text Type { get; } = new("Тип", "Type");
    public static Text Language { get; } = new("Язык", "Language");
    public static Text Slug { get; } = new("Адрес (slug)", "Address (slug)");
    public static Text SlugHint { get; } = new(
        "Одинаковый адрес у русской и английской версий связывает их как переводы.",
        "The same address for the Russian and English versions links them as translations.");
    public static Text TitleField { get; } = new("Заголовок", "Title");
    public static Text Summary { get; } = new("Краткое описание", "Summary");
    public static Text Body { get; } = new("Текст (Markdown)", "Text (Markdown)");
    public static Text State { get; } = new("Состояние", "State");
    public static Text StateDraft { get; } = new("Черновик", "Draft");
    public static Text StatePublished { get; } = new("Опубликовано", "Published");
    public static Text StateArchived { get; } = new("В архиве", "Archived");
    public static Text HasUnpublishedChanges { get; } = new("есть неопубликованные изменения", "has unpublished changes");
    public static Text NotPublished { get; } = new("не опубликовано", "not published");
    public static Text Actions { get; } = new("Действия", "Actions");
    public static Text Edit { get; } = new("Изменить", "Edit");
    public static Text Preview { get; } = new("Предпросмотр", "Preview");
    public static Text History { get; } = new("История версий", "Version history");
    public static Text Save { get; } = new("Сохранить черновик", "Save draft");
    public static Text Create { get; } = new("Создать", "Create");
    public static Text Publish { get; } = new("Опубликовать", "Publish");
    public static Text PublishThis { get; } = new("Опубликовать эту версию", "Publish this version");
    public static Text Unpublish { get; } = new("Снять с публикации", "Unpublish");
    public static Text Delete { get; } = new("Удалить", "Delete");
    public static Text DeleteConfirm { get; } = new(
        "Удалить материал со всеми версиями? Это нельзя отменить.", "Delete the item with all its versions? This cannot be undone.");
    public static Text NoContent { get; } = new("Материалов пока нет.", "There are no items yet.");
    public static Text Version { get; } = new("Версия", "Version");
    public static Text Author { get; } = new("Автор", "Author");
    public static Text Created { get; } = new("Создана", "Created");
    public static Text Published { get; } = new("Опубликована", "Published");
    public static Text PublishedBy { get; } = new("Опубликовал", "Published by");
    public static Text Archived { get; } = new("Снята", "Archived");
    public static Text Saved { get; } = new("Черновик сохранён: версия {0}.", "Draft saved: version {0}.");
    public static Text PublishedMessage { get; } = new("Опубликовано: версия {0}.", "Published: version {0}.");
    public static Text UnpublishedMessage { get; } = new("Снято с публикации.", "Unpublished.");
    public static Text DeletedMessage { get; } = new("Материал удалён.", "The item was deleted.");
    public static Text SlugTaken { get; } = new(
        "Материал этого типа с таким адресом на этом языке уже есть.", "An item of this type with this address in this language already exists.");
    public static Text ViewPublic { get; } = new("Открыть на сайте", "View on the site");
    public static Text Roles { get; } = new("Роли", "Roles");
    public static Text RoleAdmin { get; } = new("Администратор", "Administrator");
    public static Text RoleEditor { get; } = new("Редактор", "Editor");
    public static Text RoleMember { get; } = new("Член ассоциации", "Member");
    public static Text NewUser { get; } = new("Новый пользователь", "New user");
    public static Text Locked { get; } = new("Заблокирован до {0}", "Locked until {0}");
    public static Text Active { get; } = new("Активен", "Active");
    public static Text Lock { get; } = new("Заблокировать", "Lock");
    public static Text Unlock { get; } = new("Разблокировать", "Unlock");
    public static Text SaveRoles { get; } = new("Сохранить роли", "Save roles");
    public static Text EmailTaken { get; } = new("Пользователь с такой почтой уже есть.", "A user with this email already exists.");
    public static Text UserCreated { get; } = new("Пользователь создан.", "The user was created.");
    public static Text RolesSaved { get; } = new("Роли сохранены.", "Roles saved.");
    public static Text UserLocked { get; } = new("Пользователь заблокирован.", "The user was locked.");
    public static Text UserUnlocked { get; } = new("Пользователь разблокирован.", "The user was unlocked.");
    public static Text CannotLockSelf { get; } = new(
        "Нельзя заблокировать себя или снять с себя роль администратора.", "You cannot lock yourself or remove your own administrator role.");
    public static Text PasswordRules { get; } = new(
        "Пароль: не короче {0} знаков, со строчными и прописными буквами и цифрами.",
        "Password: at least {0} characters, with lower- and upper-case letters and digits.");
}
