using System.Text;

namespace Ratro.Knowledge.Web.Uploads;

/// <summary>
/// The name an upload is kept under: the last path segment of what the browser sent, without control characters or
/// characters that are unsafe in file systems and headers, at most <see cref="MaxLength"/> characters, extension kept.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 120;

    public static string Clean(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var extension = Safe(Path.GetExtension(last));
        var stem = Safe(last[..^Path.GetExtension(last).Length]).Trim().TrimStart('.').Trim();
        if (stem.Length == 0)
        {
            return "upload" + extension;
        }

        return (stem.Length + extension.Length > MaxLength ? stem[..(MaxLength - extension.Length)] : stem) + extension;
    }

    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsControl(c) || c is '"' or '<' or '>' or '|' or ':' or '*' or '?' || char.IsSurrogate(c) ? '_' : c);
        }

        return builder.ToString();
    }
}
