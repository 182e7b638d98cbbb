using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Computes the numbers Word shows for automatically numbered paragraphs, in reading order. The list is
/// found from the paragraph's w:numPr or its style chain (w:numId 0 switches numbering off). Counters are
/// shared by all instances of one abstract definition; an instance with w:startOverride restarts the
/// overridden levels where it is first used; deeper levels restart after a higher level unless
/// w:lvlRestart says otherwise. w:isLgl writes every number of the label in Arabic digits.
/// </summary>
internal sealed class NumberingResolver(NumberingDefinitions definitions, StyleSheet styles)
{
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> usedInstances = [];
    private readonly HashSet<string> unknownFormats = new(StringComparer.Ordinal);

    /// <summary>Number formats met that are written as decimals instead.</summary>
    public IReadOnlyCollection<string> UnknownFormats => unknownFormats;

    /// <summary>The label of a paragraph ("1.2.", "а)", "•"), or null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph, string? styleId)
    {
        var (numId, ilvl) = Reference(paragraph, styleId);
        if (numId is not int id || id == 0 || definitions.Instance(id) is not { } list)
        {
            return null;
        }

        var index = ilvl ?? list.LevelOfStyle(styleId) ?? 0;
        if (list.Level(index) is not { } level)
        {
            return null;
        }

        var counts = Count(list, index);
        return level.Format == "bullet" ? Bullet(level.Text) : Label(list, level, counts);
    }

    private (int? NumId, int? Ilvl) Reference(Paragraph paragraph, string? styleId)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = direct?.NumberingId?.Val?.Value;
        int? ilvl = direct?.NumberingLevelReference?.Val?.Value;
        if (numId is null)
        {
            foreach (var style in styles.Chain(styleId))
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                if (numPr?.NumberingId?.Val?.Value is int fromStyle)
                {
                    numId = fromStyle;
                    ilvl ??= numPr.NumberingLevelReference?.Val?.Value;
                    break;
                }
            }
        }

        return (numId, ilvl);
    }

    private int?[] Count(ListInstance list, int index)
    {
        if (!counters.TryGetValue(list.AbstractId, out var counts))
        {
            counts = new int?[ListInstance.MaxLevels];
            counters[list.AbstractId] = counts;
        }

        if (usedInstances.Add(list.NumId))
        {
            foreach (var level in list.StartOverrides.Keys)
            {
                counts[level] = null;
            }
        }

        counts[index] = counts[index] is int value ? value + 1 : list.StartOf(index);
        for (var deeper = index + 1; deeper < ListInstance.MaxLevels; deeper++)
        {
            var restart = list.Level(deeper)?.Restart;
            if (restart is null || (restart > 0 && index <= restart - 1))
            {
                counts[deeper] = null;
            }
        }

        return counts;
    }

    private string? Label(ListInstance list, ListLevel level, int?[] counts)
    {
        var builder = new StringBuilder();
        var text = level.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[++i] - '1';
                var format = level.IsLegal ? "decimal" : list.Level(referenced)?.Format ?? "decimal";
                if (!NumberFormatter.IsKnown(format))
                {
                    unknownFormats.Add(format);
                }

                builder.Append(NumberFormatter.Format(counts[referenced] ?? list.StartOf(referenced), format));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        var label = builder.ToString().Trim();
        return label.Length == 0 ? null : label;
    }

    /// <summary>Bullets drawn from symbol fonts (private-use code points, Wingdings letters) read as "•".</summary>
    private static string? Bullet(string text)
    {
        var glyph = text.Trim();
        if (glyph.Length == 0)
        {
            return null;
        }

        var c = glyph[0];
        return c is >= '\uE000' and <= '\uF8FF' || char.IsLetterOrDigit(c) || c == '§' ? "•" : glyph[..1];
    }
}
