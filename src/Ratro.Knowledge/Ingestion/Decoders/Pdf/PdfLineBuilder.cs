using System.Text;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Builds lines from the glyphs of one page. Glyphs are grouped by baseline (superscripts and subscripts
/// join the line they belong to), sorted left to right, and split into words by the gaps between them:
/// a drawn space or a gap wider than <see cref="WordGapEm"/> of the font size separates words, so word
/// spacing is right for files that draw no space characters. Words split into runs (table cells, column
/// gutters, tab stops) at a gap wider than <see cref="RunGapEm"/>, or wider than <see cref="WideGapEm"/>
/// and several times the line's usual word gap (so the stretched spaces of a justified line stay inside
/// one run). Duplicate glyphs drawn on top of each other (simulated bold) are dropped; raised and
/// lowered digits become superscript and subscript characters, and a raised marker that opens a line is
/// a word of its own (a footnote's "¹ Text").
/// </summary>
internal static class PdfLineBuilder
{
    public const double WordGapEm = 0.15;
    public const double RunGapEm = 2.0;
    public const double WideGapEm = 0.9;
    private const double WideGapRatio = 2.5;
    private const double SameBaselineEm = 0.25;
    private const double ScriptSizeRatio = 0.85;
    private const double ScriptReachEm = 0.7;

    public static List<PdfLine> Build(List<PdfGlyph> glyphs)
    {
        var lines = new List<PdfLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        GlyphOrder.TopDown(glyphs);
        var rows = PdfGlyphRows.Group(glyphs, SameBaselineEm);
        PdfGlyphRows.MergeScripts(rows, ScriptSizeRatio, ScriptReachEm);
        var words = new List<WordDraft>();
        foreach (var row in rows)
        {
            words.Clear();
            ReadWords(row, words);
            if (words.Count > 0)
            {
                lines.Add(new PdfLine(Runs(words, row), row.Baseline));
            }
        }

        return lines;
    }

    private static void ReadWords(PdfGlyphRow row, List<WordDraft> words)
    {
        GlyphOrder.LeftToRight(row.Glyphs);
        WordDraft? word = null;
        PdfGlyph? previous = null;
        var sawSpace = false;
        foreach (var glyph in row.Glyphs)
        {
            if (glyph.IsSpace)
            {
                sawSpace |= previous is not null;
                continue;
            }

            if (previous is { } prev)
            {
                if (glyph.Value == prev.Value && Math.Abs(glyph.Left - prev.Left) < 0.1 * glyph.Size)
                {
                    continue;
                }

                var gap = glyph.Left - prev.Right;
                var endsMarker = words.Count == 0 && row.IsRaised(prev) && !row.IsRaised(glyph);
                if (sawSpace || gap > WordGapEm * Math.Max(glyph.Size, prev.Size) || endsMarker)
                {
                    words.Add(word!);
                    word = null;
                }

                if (word is null)
                {
                    word = new WordDraft(glyph.Left, gap);
                }
            }

            word ??= new WordDraft(glyph.Left, 0);
            word.Add(glyph, row.IsRaised(glyph) ? ScriptCharacters.Superscript(glyph.Value)
                : row.IsLowered(glyph) ? ScriptCharacters.Subscript(glyph.Value)
                : glyph.Value);
            previous = glyph;
            sawSpace = false;
        }

        if (word is not null)
        {
            words.Add(word);
        }
    }

    private static List<PdfTextRun> Runs(List<WordDraft> words, PdfGlyphRow row)
    {
        var usual = UsualGap(words);
        var runs = new List<PdfTextRun>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].GapBefore > RunGapEm * row.Size
                || (words[i].GapBefore > WideGapEm * row.Size && words[i].GapBefore > WideGapRatio * usual))
            {
                runs.Add(WordDraft.Run(words, start, i, row.Baseline));
                start = i;
            }
        }

        return runs;
    }

    /// <summary>The median gap between the words of a line.</summary>
    private static double UsualGap(List<WordDraft> words)
    {
        if (words.Count < 2)
        {
            return 0;
        }

        var gaps = new double[words.Count - 1];
        for (var i = 1; i < words.Count; i++)
        {
            gaps[i - 1] = words[i].GapBefore;
        }

        Array.Sort(gaps);
        return gaps[gaps.Length / 2];
    }
}
