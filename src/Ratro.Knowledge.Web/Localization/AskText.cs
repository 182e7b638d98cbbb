namespace Ratro.Knowledge.Web.Localization;

/// <summary>Strings of the ask page.</summary>
public static class AskText
{
    public static Text Heading { get; } = new("Вопрос к базе знаний", "Ask the knowledge base");
    public static Text Intro { get; } = new(
        "Задайте вопрос по-русски или по-английски. Ответ собирается из пунктов документов базы и цитирует их; если в базе ответа нет, мы так и скажем и покажем ближайшие документы.",
        "Ask in Russian or English. The answer is put together from clauses of the documents in the knowledge base and quotes them; when the base does not answer, we say so and show the closest documents.");
    public static Text AnswerHeading { get; } = new("Ответ", "Answer");
    public static Text CitationsHeading { get; } = new("Источники", "Sources");
    public static Text RefusedHeading { get; } = new("Ответа нет", "No answer");
    public static Text ClosestHeading { get; } = new("Ближайшие документы", "Closest documents");
    public static Text Page { get; } = new("с. {0}", "p. {0}");
    public static Text Confidence { get; } = new("Уверенность: {0:P0}", "Confidence: {0:P0}");
    public static Text Superseded { get; } = new(
        "Внимание: часть цитируемых документов не действует. Проверьте, что их заменило, прежде чем опираться на ответ.",
        "Note: some cited documents are no longer in force. Check what replaced them before relying on the answer.");
    public static Text NotesHeading { get; } = new("Как получен ответ", "How the answer was made");
    public static Text Disclaimer { get; } = new(
        "Ответ составлен автоматически по тексту документов; юридическую силу имеют только сами документы.",
        "The answer is put together automatically from the documents; only the documents themselves are authoritative.");
}
