using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// File properties: the core properties (title, author, subject, keywords, description, created, modified;
/// without a core title, the first paragraph in the title style) and the text of the first header and footer ("header", "footer") — ConsultantPlus exports print the act's
/// edition there; headers and footers are not part of the body.
/// </summary>
internal static class DocxProperties
{
    public static Dictionary<string, object?> Read(WordprocessingDocument document, StyleSheet styles, IReadOnlyList<SectionProperties> sections, string? styledTitle)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var core = document.PackageProperties;
        AddText(properties, "title", string.IsNullOrWhiteSpace(core.Title) ? styledTitle : core.Title);
        AddText(properties, "author", core.Creator);
        AddText(properties, "subject", core.Subject);
        AddText(properties, "keywords", core.Keywords);
        AddText(properties, "description", core.Description);
        if (core.Created is DateTime created)
        {
            properties["created"] = new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc));
        }

        if (core.Modified is DateTime modified)
        {
            properties["modified"] = new DateTimeOffset(DateTime.SpecifyKind(modified, DateTimeKind.Utc));
        }

        var main = document.MainDocumentPart!;
        var header = First<HeaderPart>(main, sections.SelectMany(s => s.Elements<HeaderReference>()).Select(r => (r.Id?.Value, r.Type?.InnerText)), main.HeaderParts);
        var footer = First<FooterPart>(main, sections.SelectMany(s => s.Elements<FooterReference>()).Select(r => (r.Id?.Value, r.Type?.InnerText)), main.FooterParts);
        AddText(properties, "header", StoryText(header?.Header, styles), keepLines: true);
        AddText(properties, "footer", StoryText(footer?.Footer, styles), keepLines: true);
        return properties;
    }

    /// <summary>The part of the first section's default header (or footer), else of the first one referenced, else any.</summary>
    private static T? First<T>(MainDocumentPart main, IEnumerable<(string? Id, string? Type)> references, IEnumerable<T> all)
        where T : OpenXmlPart
    {
        var list = references.Where(r => r.Id is not null).ToList();
        var chosen = list.FirstOrDefault(r => r.Type is null or "default");
        var id = chosen.Id ?? list.FirstOrDefault().Id;
        return id is not null && main.TryGetPartById(id, out var part) && part is T typed ? typed : all.FirstOrDefault();
    }

    private static string? StoryText(OpenXmlElement? story, StyleSheet styles)
    {
        if (story is null)
        {
            return null;
        }

        var reader = new ParagraphText(styles, new FieldState(), pages: null, notes: null, keepLines: true);
        var lines = story.Descendants<Paragraph>().Select(p => reader.Read(p, null).Text).Where(t => t.Length > 0);
        return string.Join("\n", lines);
    }

    private static void AddText(Dictionary<string, object?> properties, string key, string? value, bool keepLines = false)
    {
        var text = value is null ? "" : TextNormalizer.Normalize(value, keepLines);
        if (text.Length > 0)
        {
            properties[key] = text;
        }
    }
}
