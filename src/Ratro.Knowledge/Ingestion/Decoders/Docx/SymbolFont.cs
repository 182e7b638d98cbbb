namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// Maps characters inserted with w:sym from the Symbol font (Greek letters and the mathematical signs that
/// dose tables use) to Unicode. Other symbol fonts (Wingdings …) are decorative and give no text.
/// </summary>
internal static class SymbolFont
{
    private const string Upper = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    private const string Lower = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";

    private static readonly Dictionary<int, char> Signs = new()
    {
        [0x2D] = '−', [0x3D] = '=', [0x2B] = '+', [0x3C] = '<', [0x3E] = '>', [0xA3] = '≤', [0xB3] = '≥',
        [0xB1] = '±', [0xB4] = '×', [0xB8] = '÷', [0xB0] = '°', [0xB9] = '≠', [0xBB] = '≈', [0xA5] = '∞',
        [0xB7] = '•', [0xD7] = '⋅', [0xAE] = '→', [0xAC] = '←', [0xA2] = '′', [0xB2] = '″', [0xD6] = '√',
        [0xE5] = '∑', [0xB6] = '∂', [0xA0] = '€',
    };

    /// <summary>The Unicode character for a w:sym, or null when the font is not Symbol or the code is unknown.</summary>
    public static char? Map(string? font, string? hexCode)
    {
        if (!string.Equals(font, "Symbol", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(hexCode, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        code &= 0xFF;
        if (code is >= 0x41 and <= 0x5A)
        {
            return Upper[code - 0x41];
        }

        if (code is >= 0x61 and <= 0x7A)
        {
            return Lower[code - 0x61];
        }

        return Signs.TryGetValue(code, out var sign) ? sign : null;
    }
}
