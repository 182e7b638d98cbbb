namespace Ratro.Knowledge.Web.Localization;

/// <summary>Titles of the Atom feeds.</summary>
public static class FeedText
{
    public static Text NewDocuments { get; } = new("РАТРО: новые документы базы знаний", "RATRO: new documents in the knowledge base");
    public static Text StatusChanges { get; } = new("РАТРО: изменения статуса документов", "RATRO: document status changes");
    public static Text FeedsHeading { get; } = new("Подписки", "Feeds");
}
