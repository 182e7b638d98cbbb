namespace Ratro.Knowledge.Ingestion.Decoders.Pdf;

/// <summary>
/// Writes raised or lowered digits and signs as Unicode superscripts and subscripts, so "10⁶", "m³",
/// "⁴⁰K" and a footnote reference "облучения¹" keep their meaning in plain text. Letters are left as they are.
/// </summary>
internal static class ScriptCharacters
{
    private const string Plain = "0123456789+-−=()";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    public static string Superscript(string value) => Map(value, Superscripts);

    public static string Subscript(string value) => Map(value, Subscripts);

    private static string Map(string value, string target)
    {
        if (value.Length != 1)
        {
            return value;
        }

        var index = Plain.IndexOf(value[0], StringComparison.Ordinal);
        return index < 0 ? value : target[index].ToString();
    }
}
