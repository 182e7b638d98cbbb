using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders;

/// <summary>Joins wrapped lines into a paragraph: a word hyphenated at a line end is rejoined, other lines are joined by a space.</summary>
public static class LineJoiner
{
    public static void Append(StringBuilder paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        var last = paragraph[^1];
        if (last is '\u00AD')
        {
            paragraph.Length--;
            paragraph.Append(line);
        }
        else if (last is '-' && paragraph.Length > 1 && char.IsLower(paragraph[^2]) && line.Length > 0 && char.IsLower(line[0]))
        {
            paragraph.Length--;
            paragraph.Append(line);
        }
        else
        {
            paragraph.Append(' ').Append(line);
        }
    }
}
