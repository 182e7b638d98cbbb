namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

/// <summary>Short WordprocessingML snippets for fixtures.</summary>
internal static class W
{
    /// <summary>A paragraph with one run of text, optionally styled and with paragraph properties.</summary>
    public static string P(string text, string? style = null, string properties = "") =>
        $"<w:p>{PPr(style, properties)}<w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";

    /// <summary>A paragraph from raw run content.</summary>
    public static string Raw(string runs, string? style = null, string properties = "") => $"<w:p>{PPr(style, properties)}{runs}</w:p>";

    /// <summary>A numbered paragraph (w:numPr).</summary>
    public static string Numbered(string text, int numId, int ilvl, string? style = null) =>
        P(text, style, $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    public static string R(string text, string runProperties = "") =>
        $"<w:r>{(runProperties.Length == 0 ? "" : $"<w:rPr>{runProperties}</w:rPr>")}<w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    public static string ParagraphStyle(string id, string name, string properties = "", string? basedOn = null, string runProperties = "") =>
        $"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>"
        + (basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>")
        + (properties.Length == 0 ? "" : $"<w:pPr>{properties}</w:pPr>")
        + (runProperties.Length == 0 ? "" : $"<w:rPr>{runProperties}</w:rPr>")
        + "</w:style>";

    public static string Level(int ilvl, string format, string text, int? start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\">{(start is null ? "" : $"<w:start w:val=\"{start}\"/>")}<w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    public static string AbstractNum(int id, params string[] levels) => $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    public static string Num(int id, int abstractId, string overrides = "") =>
        $"<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    public static string StartOverride(int ilvl, int start) =>
        $"<w:lvlOverride w:ilvl=\"{ilvl}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>";

    private static string PPr(string? style, string properties) =>
        style is null && properties.Length == 0 ? "" : $"<w:pPr>{(style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>")}{properties}</w:pPr>";

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
