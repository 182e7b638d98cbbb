using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Web.Localization;

/// <summary>Names of a document's legal status.</summary>
public static class StatusText
{
    public static Text Unknown { get; } = new("Статус не установлен", "Status unknown");
    public static Text Draft { get; } = new("Проект", "Draft");
    public static Text NotYetInForce { get; } = new("Не вступил в силу", "Not yet in force");
    public static Text InForce { get; } = new("Действует", "In force");
    public static Text Superseded { get; } = new("Заменён", "Superseded");
    public static Text Withdrawn { get; } = new("Отменён", "Withdrawn");

    public static Text For(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => Draft,
        DocumentStatus.NotYetInForce => NotYetInForce,
        DocumentStatus.InForce => InForce,
        DocumentStatus.Superseded => Superseded,
        DocumentStatus.Withdrawn => Withdrawn,
        _ => Unknown,
    };
}
