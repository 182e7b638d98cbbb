using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratro.Knowledge.Ingestion.Decoders.Docx;

/// <summary>
/// The numbering part: abstract list definitions (w:abstractNum) and the instances paragraphs refer to
/// (w:num) with their w:lvlOverride. An abstract definition that only links to a list style
/// (w:numStyleLink) takes its levels from the definition that style points at.
/// </summary>
internal sealed class NumberingDefinitions
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly Dictionary<int, NumberingInstance> instances = [];
    private readonly Dictionary<int, ListInstance?> resolved = [];
    private readonly StyleSheet styles;

    public NumberingDefinitions(Numbering? numbering, StyleSheet styles)
    {
        this.styles = styles;
        foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (definition.AbstractNumberId?.Value is int id)
            {
                abstracts.TryAdd(id, definition);
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
            {
                instances.TryAdd(id, instance);
            }
        }
    }

    public ListInstance? Instance(int numId)
    {
        if (!resolved.TryGetValue(numId, out var list))
        {
            list = Resolve(numId);
            resolved[numId] = list;
        }

        return list;
    }

    private ListInstance? Resolve(int numId)
    {
        if (!instances.TryGetValue(numId, out var instance) || instance.AbstractNumId?.Val?.Value is not int abstractId)
        {
            return null;
        }

        var (realId, definition) = Follow(abstractId);
        if (definition is null)
        {
            return null;
        }

        var levels = new ListLevel?[ListInstance.MaxLevels];
        foreach (var level in definition.Elements<Level>())
        {
            Place(levels, level);
        }

        var starts = new Dictionary<int, int>();
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            var ilvl = levelOverride.LevelIndex?.Value ?? -1;
            if (levelOverride.Level is { } replacement && ilvl is >= 0 and < ListInstance.MaxLevels)
            {
                levels[ilvl] = Read(replacement);
            }

            if (levelOverride.StartOverrideNumberingValue?.Val?.Value is int start && ilvl is >= 0 and < ListInstance.MaxLevels)
            {
                starts[ilvl] = start;
            }
        }

        return new ListInstance(numId, realId, levels, starts);
    }

    /// <summary>Follows w:numStyleLink through the list style to the definition that holds the levels.</summary>
    private (int Id, AbstractNum? Definition) Follow(int abstractId)
    {
        for (var hops = 0; hops < 4; hops++)
        {
            if (!abstracts.TryGetValue(abstractId, out var definition))
            {
                return (abstractId, null);
            }

            var link = definition.NumberingStyleLink?.Val?.Value;
            var linkedNum = styles.Find(link)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
            if (link is null || linkedNum is null || !instances.TryGetValue(linkedNum.Value, out var linked)
                || linked.AbstractNumId?.Val?.Value is not int next || next == abstractId)
            {
                return (abstractId, definition);
            }

            abstractId = next;
        }

        return (abstractId, abstracts.GetValueOrDefault(abstractId));
    }

    private static void Place(ListLevel?[] levels, Level level)
    {
        var ilvl = level.LevelIndex?.Value ?? -1;
        if (ilvl is >= 0 and < ListInstance.MaxLevels)
        {
            levels[ilvl] = Read(level);
        }
    }

    /// <summary>A w:lvl as a record; w:start absent means 0, as the standard says and LibreOffice shows.</summary>
    private static ListLevel Read(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? FallbackFormat(level) ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        OnOff.Value(level.IsLegalNumberingStyle) == true,
        level.LevelRestart?.Val?.Value,
        level.ParagraphStyleIdInLevel?.Val?.Value);

    /// <summary>Word 2010+ wraps custom formats in mc:AlternateContent; the fallback names a standard one.</summary>
    private static string? FallbackFormat(Level level) =>
        level.Descendants<OpenXmlElement>()
            .Where(e => e.LocalName == "numFmt")
            .Select(e => e.GetAttributes().FirstOrDefault(a => a.LocalName == "val" && a.NamespaceUri == WordNamespace).Value)
            .LastOrDefault(v => !string.IsNullOrEmpty(v));
}
