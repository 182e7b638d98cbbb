using UglyToad.PdfPig.Content;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// The document information dictionary as <see cref="DecodedDocument.Properties"/>: "title", "author",
/// "subject", "keywords", "creator", "producer" (trimmed strings, empty ones left out) and "created",
/// "modified" (<see cref="DateTimeOffset"/>, when the dates parse).
/// </summary>
internal static class PdfProperties
{
    public static Dictionary<string, object?> Read(DocumentInformation information)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddText(properties, "title", information.Title);
        AddText(properties, "author", information.Author);
        AddText(properties, "subject", information.Subject);
        AddText(properties, "keywords", information.Keywords);
        AddText(properties, "creator", information.Creator);
        AddText(properties, "producer", information.Producer);
        if (information.GetCreatedDateTimeOffset() is { } created)
        {
            properties["created"] = created;
        }

        if (information.GetModifiedDateTimeOffset() is { } modified)
        {
            properties["modified"] = modified;
        }

        return properties;
    }

    private static void AddText(Dictionary<string, object?> properties, string key, string? value)
    {
        var text = value?.Replace('\0', ' ').Trim();
        if (!string.IsNullOrEmpty(text))
        {
            properties[key] = text;
        }
    }
}
