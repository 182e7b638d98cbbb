using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Normalizes text collected from runs: non-breaking and typographic spaces become spaces, soft hyphens and
/// zero-width characters are dropped, a non-breaking hyphen becomes a hyphen, runs of spaces collapse to one
/// and lines are trimmed. Line breaks are kept only when <paramref name="keepLines"/> is set.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string raw, bool keepLines = false)
    {
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF':
                    continue;
                case '\n' or '\r' or '\v' when keepLines:
                    TrimEnd(builder);
                    if (builder.Length > 0 && builder[^1] != '\n')
                    {
                        builder.Append('\n');
                    }

                    pendingSpace = false;
                    continue;
                case '\u2011':
                    Flush(builder, ref pendingSpace);
                    builder.Append('-');
                    continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0 && builder[^1] != '\n';
                continue;
            }

            Flush(builder, ref pendingSpace);
            builder.Append(c);
        }

        TrimEnd(builder);
        return builder.ToString();
    }

    private static void Flush(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && (builder[^1] == ' ' || builder[^1] == '\n'))
        {
            builder.Length--;
        }
    }
}
