using System.Text;
using System.Text.Unicode;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Ingestion.Decoders;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// What an upload must be before it is queued: a .pdf, .docx, .md or .markdown file within the size limit, whose declared
/// content type fits its extension and whose bytes are what the extension says (the PDF or zip signature; UTF-8 text
/// without NUL bytes for Markdown). Returns the localized reason for the first failed check, or null.
/// </summary>
public static class UploadCheck
{
    private static readonly Dictionary<string, (SourceFormat Format, string[] ContentTypes)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (SourceFormat.Pdf, ["application/pdf", "application/x-pdf", "application/octet-stream"]),
        [".docx"] = (SourceFormat.Docx, ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip", "application/octet-stream"]),
        [".md"] = (SourceFormat.Markdown, ["text/markdown", "text/x-markdown", "text/plain", "application/octet-stream"]),
        [".markdown"] = (SourceFormat.Markdown, ["text/markdown", "text/x-markdown", "text/plain", "application/octet-stream"]),
    };

    public static string? Problem(string fileName, string? contentType, ReadOnlySpan<byte> content, long maxBytes)
    {
        if (!Allowed.TryGetValue(Path.GetExtension(fileName), out var allowed))
        {
            return DocumentAdminText.WrongExtension;
        }

        if (content.Length == 0)
        {
            return DocumentAdminText.EmptyFile;
        }

        if (content.Length > maxBytes)
        {
            return DocumentAdminText.TooLarge.Format(Megabytes(maxBytes));
        }

        var declared = (contentType ?? "").Split(';')[0].Trim();
        if (declared.Length > 0 && !allowed.ContentTypes.Contains(declared, StringComparer.OrdinalIgnoreCase))
        {
            return DocumentAdminText.WrongContentType.Format(declared);
        }

        try
        {
            if (FormatDetector.Detect(content, fileName) != allowed.Format)
            {
                return DocumentAdminText.WrongSignature.Format(Path.GetExtension(fileName));
            }
        }
        catch (IngestionException e)
        {
            return DocumentAdminText.WrongSignature.Format(e.Message);
        }

        return allowed.Format == SourceFormat.Markdown && !IsText(content) ? DocumentAdminText.NotText.ToString() : null;
    }

    public static long Megabytes(long bytes) => Math.Max(1, bytes / (1024 * 1024));

    private static bool IsText(ReadOnlySpan<byte> content) =>
        !content.Contains((byte)0) && Utf8.IsValid(content);
}
