namespace Ratro.Knowledge.Answers;

/// <summary>The fixed sentences of answers, in Russian and English.</summary>
public static class AnswerTexts
{
    public static string NotFound(string language) =>
        language == "ru" ? "В базе нет ответа на этот вопрос." : "The knowledge base does not answer this.";

    public static string Closest(string language) => language == "ru" ? "Ближайшие документы: " : "Closest documents: ";

    public static string MissingClause(string language, string document, string clause) =>
        language == "ru" ? $"В {document} нет {clause}." : $"{document} has no {clause}.";

    public static string EmptyQuestion(string language) =>
        language == "ru" ? "Вопрос пуст: напишите, что нужно найти." : "The question is empty: write what to look for.";

    public static string TooLong(string language, int length, int max) =>
        language == "ru"
            ? $"Вопрос слишком длинный ({length} символов, допускается не более {max}): сократите его."
            : $"The question is too long ({length} characters, at most {max}): shorten it.";

    public static string Unintelligible(string language) =>
        language == "ru"
            ? "В вопросе нет слов, по которым можно искать: задайте его словами."
            : "The question has no words to look for: ask it in words.";

    public static string According(string language, string name, string clause) =>
        language == "ru" ? $"Согласно {name}, {clause}: " : $"According to {name}, {clause}: ";

    public static string Quote(string language, string text) => language == "ru" ? $"«{text}»" : $"\"{text}\"";

    public static string Attention(string language, string statusSentence) =>
        language == "ru" ? $"Внимание: {statusSentence}" : $"Note: {statusSentence}";

    public static string ChatUnavailable(string language) =>
        language == "ru" ? "сервис генерации ответов недоступен; дан извлечённый ответ" : "chat endpoint unavailable; extractive answer";

    public static string ChatTimedOut(string language) =>
        language == "ru" ? "сервис генерации ответов не ответил вовремя; дан извлечённый ответ" : "chat endpoint timed out; extractive answer";

    public static string ChatUnusable(string language) =>
        language == "ru"
            ? "ответ сервиса генерации не подтверждён цитатами из базы; дан извлечённый ответ"
            : "the generated answer had no valid citations; extractive answer";

    public static string CitationRemoved(string language, string marker, string why) =>
        language == "ru" ? $"ссылка {marker} удалена: {why}" : $"citation {marker} removed: {why}";
}
