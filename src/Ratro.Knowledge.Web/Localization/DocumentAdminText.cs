namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the document administration: upload, ingestion progress, review, publication.</summary>
public static class DocumentAdminText
{
    public static Text Documents { get; } = new("Документы", "Documents");
    public static Text Upload { get; } = new("Загрузить документ", "Upload a document");
    public static Text UploadIntro { get; } = new(
        "PDF, DOCX или Markdown до {0} МБ. Документ сохраняется черновиком: после проверки его можно опубликовать.",
        "PDF, DOCX or Markdown up to {0} MB. The document is kept as a draft: publish it after review.");
    public static Text File { get; } = new("Файл", "File");
    public static Text AccessOverride { get; } = new("Доступ", "Access");
    public static Text AccessFromFile { get; } = new("как указано в файле (иначе открытый)", "as the file says (otherwise public)");
    public static Text Start { get; } = new("Загрузить и разобрать", "Upload and process");
    public static Text NoFile { get; } = new("Выберите файл.", "Choose a file.");
    public static Text EmptyFile { get; } = new("Файл пустой.", "The file is empty.");
    public static Text TooLarge { get; } = new("Файл больше {0} МБ.", "The file is larger than {0} MB.");
    public static Text WrongExtension { get; } = new(
        "Принимаются только файлы .pdf, .docx, .md и .markdown.", "Only .pdf, .docx, .md and .markdown files are accepted.");
    public static Text WrongContentType { get; } = new(
        "Тип файла ({0}) не соответствует расширению.", "The file's type ({0}) does not match its extension.");
    public static Text WrongSignature { get; } = new(
        "Содержимое файла не соответствует расширению: {0}", "The file's content does not match its extension: {0}");
    public static Text NotText { get; } = new(
        "Файл Markdown должен быть текстом в UTF-8.", "A Markdown file must be UTF-8 text.");
    public static Text JobHeading { get; } = new("Разбор файла «{0}»", "Processing “{0}”");
    public static Text JobQueued { get; } = new("В очереди…", "Queued…");
    public static Text JobRunning { get; } = new("Идёт разбор…", "Processing…");
    public static Text JobRefresh { get; } = new("Страница обновляется сама каждые 2 секунды.", "This page refreshes itself every 2 seconds.");
    public static Text JobDone { get; } = new("Готово: документ сохранён черновиком.", "Done: the document was saved as a draft.");
    public static Text JobUnchanged { get; } = new("Этот файл уже загружен.", "This file has already been uploaded.");
    public static Text JobFailed { get; } = new("Файл не удалось разобрать; ничего не сохранено.", "The file could not be processed; nothing was stored.");
    public static Text JobUnknown { get; } = new("Такой загрузки нет (возможно, сайт перезапускался).", "There is no such upload (the site may have restarted).");
    public static Text RefreshNow { get; } = new("Обновить", "Refresh");
    public static Text StatusVerifiedLabel { get; } = new("Статус проверен", "Status verified on");
    public static Text ToReview { get; } = new("Перейти к проверке", "Go to review");
    public static Text Review { get; } = new("Проверка документа", "Document review");
    public static Text Metadata { get; } = new("Сведения о документе", "Document record");
    public static Text SaveMetadata { get; } = new("Сохранить сведения", "Save the record");
    public static Text Saved { get; } = new("Сведения сохранены.", "The record was saved.");
    public static Text Published { get; } = new("Документ опубликован.", "The document was published.");
    public static Text Unpublished { get; } = new("Документ снят с публикации.", "The document was unpublished.");
    public static Text Deleted { get; } = new("Документ удалён.", "The document was deleted.");
    public static Text DeleteConfirm { get; } = new(
        "Удалить эту редакцию документа вместе с файлом? Это нельзя отменить.", "Delete this edition of the document with its file? This cannot be undone.");
    public static Text Flags { get; } = new("Что проверить", "What to check");
    public static Text NoFlags { get; } = new("Замечаний разбора нет.", "Processing left no remarks.");
    public static Text Clauses { get; } = new("Структура ({0} пунктов)", "Structure ({0} clauses)");
    public static Text Relations { get; } = new("Связи с другими документами", "Relations to other documents");
    public static Text NoRelations { get; } = new("Связей не найдено.", "No relations were found.");
    public static Text RelationType { get; } = new("Связь", "Relation");
    public static Text RelationTarget { get; } = new("Документ", "Document");
    public static Text RelationSourceClause { get; } = new("Пункт этого документа", "Clause of this document");
    public static Text RelationTargetClause { get; } = new("Пункт того документа", "Clause of that document");
    public static Text RelationOrigin { get; } = new("Откуда", "Found in");
    public static Text RelationEvidence { get; } = new("Текст", "Text");
    public static Text RemoveRelation { get; } = new("Убрать", "Remove");
    public static Text AddRelation { get; } = new("Добавить связь", "Add a relation");
    public static Text RelationAdded { get; } = new("Связь добавлена.", "The relation was added.");
    public static Text RelationRemoved { get; } = new("Связь убрана.", "The relation was removed.");
    public static Text StateDraft { get; } = new("Черновик", "Draft");
    public static Text StatePublished { get; } = new("Опубликован", "Published");
    public static Text PublishedByAt { get; } = new("Опубликовал {0}, {1}", "Published by {0} on {1}");
    public static Text SourceFile { get; } = new("Исходный файл", "Source file");
    public static Text IcsHint { get; } = new("Коды через запятую, например 13.280, 11.040.50", "Codes separated by commas, e.g. 13.280, 11.040.50");
    public static Text StatusVerifiedHint { get; } = new("ГГГГ-ММ-ДД или ГГГГ-ММ; пусто — не записано", "YYYY-MM-DD or YYYY-MM; empty means not recorded");
    public static Text StatusNote { get; } = new("Примечание к статусу", "Status note");
    public static Text EditionDate { get; } = new("Дата редакции", "Edition date");
    public static Text ViewPublic { get; } = new("Открыть страницу документа", "Open the document page");
    public static Text NoDocuments { get; } = new("Документов пока нет.", "There are no documents yet.");
    public static Text Warnings { get; } = new("Предупреждения", "Warnings");
    public static Text RelationCites { get; } = new("ссылается на", "cites");
    public static Text RelationSupersedes { get; } = new("заменяет", "supersedes");
    public static Text RelationAmends { get; } = new("изменяет", "amends");
    public static Text RelationAdopts { get; } = new("принимает (гармонизирован с)", "adopts");
    public static Text RelationCorrespondsTo { get; } = new("соответствует", "corresponds to");
    public static Text RelationImplements { get; } = new("реализует", "implements");
    public static Text OriginText { get; } = new("текст", "text");
    public static Text OriginPreface { get; } = new("предисловие", "preface");
    public static Text OriginMetadata { get; } = new("сведения файла", "file metadata");
    public static Text OriginEditor { get; } = new("редактор", "editor");
}
