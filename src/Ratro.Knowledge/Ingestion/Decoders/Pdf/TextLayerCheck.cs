using System.Globalization;

namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Decides whether a PDF's text layer can be used. No text at all (or a few stray characters on pages
/// of images) means a scan: <see cref="IngestionFailure.NoTextLayer"/>, reported as "needs OCR". A text
/// layer from fonts without a Unicode mapping is garbage: mostly private-use or control characters,
/// "(cid:NN)" forms, few letters or digits, or Cyrillic read through a Western code page ("Ïðèêàç"):
/// <see cref="IngestionFailure.GarbageText"/>.
/// </summary>
internal sealed class TextLayerCheck
{
    private const double MaxUnmappedShare = 0.25;
    private const double MinLetterShare = 0.5;
    private const double MojibakeShare = 0.3;
    private const int ScanCharactersPerPage = 10;
    private const string Cid = "(cid:";

    private long characters;
    private long lettersOrDigits;
    private long letters;
    private long unmapped;
    private long westernAccented;
    private long cyrillic;
    private int images;
    private int cidState;

    public void Add(IReadOnlyList<PdfGlyph> glyphs, int pageImages)
    {
        images += pageImages;
        foreach (var glyph in glyphs)
        {
            foreach (var c in glyph.Value)
            {
                Count(c);
            }
        }
    }

    /// <summary>Adds the statistics of another part of the file (pages read on another thread).</summary>
    public void Add(TextLayerCheck other)
    {
        characters += other.characters;
        lettersOrDigits += other.lettersOrDigits;
        letters += other.letters;
        unmapped += other.unmapped;
        westernAccented += other.westernAccented;
        cyrillic += other.cyrillic;
        images += other.images;
    }

    public void Verify(string fileName, int pageCount)
    {
        if (characters == 0)
        {
            throw new IngestionException(IngestionFailure.NoTextLayer, $"'{fileName}' has no text layer: its {pageCount} page(s) hold only images or drawings. It needs OCR before it can be ingested.");
        }

        if (characters < ScanCharactersPerPage * pageCount && images > 0)
        {
            throw new IngestionException(IngestionFailure.NoTextLayer, $"'{fileName}' is a scan: {pageCount} page(s) of images with only {characters} character(s) of text. It needs OCR before it can be ingested.");
        }

        if (unmapped > MaxUnmappedShare * characters)
        {
            throw Garbage(fileName, $"{Percent(unmapped)} of its characters are private-use, control or \"(cid:NN)\" codes (fonts without a Unicode mapping)");
        }

        if (lettersOrDigits < MinLetterShare * characters)
        {
            throw Garbage(fileName, $"only {Percent(lettersOrDigits)} of its characters are letters or digits");
        }

        if (letters > 0 && westernAccented > MojibakeShare * letters && cyrillic < 0.05 * letters)
        {
            throw Garbage(fileName, $"{Percent(westernAccented, letters)} of its letters are accented Latin letters in runs typical of Cyrillic text read with a Western code page (\"Ïðèêàç\")");
        }
    }

    private void Count(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return;
        }

        characters++;
        if (c is >= '\uE000' and <= '\uF8FF' or >= '\uDB80' and <= '\uDBFF' or '\uFFFD' || char.IsControl(c))
        {
            unmapped++;
        }

        cidState = c == Cid[cidState] ? cidState + 1 : c == Cid[0] ? 1 : 0;
        if (cidState == Cid.Length)
        {
            unmapped += Cid.Length + 2;
            cidState = 0;
        }

        if (char.IsLetterOrDigit(c))
        {
            lettersOrDigits++;
        }

        if (char.IsLetter(c))
        {
            letters++;
            westernAccented += c is >= '\u00C0' and <= '\u00FF' ? 1 : 0;
            cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
        }
    }

    private string Percent(long part) => Percent(part, characters);

    private static string Percent(long part, long whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static IngestionException Garbage(string fileName, string reason) =>
        new(IngestionFailure.GarbageText, $"'{fileName}' has a text layer that cannot be read: {reason}. It needs OCR or a better PDF export before it can be ingested.");
}
