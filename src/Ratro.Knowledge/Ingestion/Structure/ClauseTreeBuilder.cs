using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion.Decoders;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>
/// The state of clause-tree construction. Numbering scopes: the document, each article (its numbered
/// parts restart) and each annex (its items restart); keys inside article and annex scopes are prefixed
/// with the scope key ("article:10/2", "annex:1/5"), and so are articles, chapters and sections inside an
/// annex ("annex:d/article:1"). A table label marked as continued ("(Continuação)") adds to the table
/// already open under that label.
/// </summary>
internal sealed class ClauseTreeBuilder
{
    private readonly List<ClauseNode> nodes = [];
    private readonly Dictionary<string, ClauseNode> byKey = new(StringComparer.Ordinal);
    private readonly NumberSequence sequence = new();
    private ClauseNode? preamble;
    private ClauseNode? current;
    private ClauseNode? container;
    private ClauseNode? scope;
    private bool bodyTextSeen;
    private ClauseNode? annex;
    private ClauseNode? outer;
    private ClauseNode? inner;
    private ClauseKind? outerKind;

    public bool TryOpen(ClauseLabel label, DecodedBlock block, bool isHeading)
    {
        switch (label.Kind)
        {
            case ClauseKind.Chapter or ClauseKind.Section:
                scope = null;
                sequence.Reset();
                container = OpenDivision(label, block, isHeading);
                return true;
            case ClauseKind.Annex:
                container = null;
                outer = null;
                inner = null;
                sequence.Reset();
                scope = annex = Open(ClauseKind.Annex, label.Printed, label.Value.Length == 0 ? "annex" : $"annex:{label.Value}", label.Rest, block, null, isHeading, asHeading: true);
                return true;
            case ClauseKind.Article:
                sequence.Reset();
                scope = Open(ClauseKind.Article, label.Printed, Scoped(annex, $"article:{label.Value}"), label.Rest, block, container ?? annex, isHeading, asHeading: isHeading || IsTitle(label.Rest));
                return true;
            case ClauseKind.Table when IsContinuation(label.Rest) && byKey.TryGetValue($"table:{label.Value}", out var table):
                current = table;
                return true;
            case ClauseKind.Table:
                Open(ClauseKind.Table, label.Printed, $"table:{label.Value}", label.Rest, block, NonTableCurrent(), isHeading, asHeading: true);
                return true;
            case ClauseKind.Requirement or ClauseKind.Schedule:
                Open(label.Kind, label.Printed, $"{EnumNames.ToName(label.Kind)}:{label.Value}", label.Rest, block, scope ?? container, isHeading, asHeading: true);
                return true;
            default:
                return TryOpenDecimal(label, block, isHeading);
        }
    }

    public void OpenHeading(string text, DecodedBlock block)
    {
        if (IsTitlePage(block))
        {
            AppendText(text, block);
            return;
        }

        var level = block.HeadingLevel ?? 1;
        var parent = current;
        while (parent is not null && (parent.HeadingLevel is null || parent.HeadingLevel >= level))
        {
            parent = parent.Parent;
        }

        parent ??= annex;
        var node = Open(ClauseKind.Section, "", "h:" + Slug(text), text, block, parent, isHeading: true, asHeading: true);
        if (parent is null)
        {
            container = node;
            scope = null;
        }
        else if (parent.Clause.Kind is ClauseKind.Annex or ClauseKind.Chapter or ClauseKind.Section)
        {
            container = node;
            scope = scope?.Clause.Kind == ClauseKind.Article ? annex : scope;
        }
    }

    /// <summary>
    /// Headings at the very top of the first page of a paged file, before any body text and any clause, are the
    /// document's title block (designation, title, subtitle): they belong to the preamble, not to the clause tree.
    /// Files without pages (Markdown) give their title separately.
    /// </summary>
    private bool IsTitlePage(DecodedBlock block) => block.Page == 1 && !bodyTextSeen && nodes.All(n => n.Clause.Kind == ClauseKind.Preamble);

    public void AppendText(string text, DecodedBlock block)
    {
        bodyTextSeen |= block.Kind != BlockKind.Heading;
        var node = current ?? EnsurePreamble();
        node.Append(text, block.Page, block.PageEnd);
        node.Clause.Footnotes.AddRange(block.Footnotes);
    }

    public void AddTable(DecodedBlock block)
    {
        var node = current ?? EnsurePreamble();
        node.Clause.Tables.Add(block.Table!);
        foreach (var row in block.Table!.Rows)
        {
            node.Append(string.Join(" | ", row), block.Page, block.PageEnd);
        }

    }

    public void AddFootnote(DecodedBlock block)
    {
        var marker = block.FootnoteMarker ?? "";
        var target = nodes.LastOrDefault(n => n.Clause.PageEnd == block.Page && marker.Length > 0 && n.Text.ToString().Contains(marker, StringComparison.Ordinal))
            ?? current
            ?? EnsurePreamble();
        target.Clause.Footnotes.Add(new Footnote(marker, block.Text.Trim()));
    }

    public IReadOnlyList<Clause> Finish()
    {
        var ordinal = 0;
        foreach (var node in nodes)
        {
            node.Clause.Ordinal = ordinal++;
            node.Clause.Text = node.Text.ToString();
        }

        return nodes.Select(n => n.Clause).ToList();
    }

    private bool TryOpenDecimal(ClauseLabel label, DecodedBlock block, bool isHeading)
    {
        if (!isHeading && !label.Explicit && !sequence.Accepts(label.Value))
        {
            return false;
        }

        sequence.Accept(label.Value);
        var prefix = scope is null ? "" : scope.Clause.Key + "/";
        var inArticle = scope?.Clause.Kind == ClauseKind.Article;

        // Part 2.1 of an article is a part inserted between parts 2 and 3, not a subdivision of part 2.
        var parent = (inArticle ? null : ParentByNumber(prefix, label.Value)) ?? HeadingInScope() ?? scope ?? container;
        var kind = inArticle ? ClauseKind.Part : ClauseKind.Clause;
        Open(kind, label.Printed, prefix + label.Value, label.Rest, block, parent, isHeading, asHeading: isHeading);
        return true;
    }

    private ClauseNode? ParentByNumber(string prefix, string number)
    {
        var cut = number.LastIndexOf('.');
        while (cut > 0)
        {
            number = number[..cut];
            if (byKey.TryGetValue(prefix + number, out var parent))
            {
                return parent;
            }

            cut = number.LastIndexOf('.');
        }

        return null;
    }

    private ClauseNode Open(
        ClauseKind kind, string printed, string key, string rest, DecodedBlock block, ClauseNode? parent,
        bool isHeading, bool asHeading)
    {
        var clause = new Clause
        {
            Kind = kind,
            Number = printed,
            Key = UniqueKey(key),
            ParentId = parent?.Clause.Id,
            Depth = parent is null ? 0 : parent.Clause.Depth + 1,
            Heading = asHeading && rest.Length > 0 ? rest : null,
        };
        var node = new ClauseNode(clause, parent, isHeading ? block.HeadingLevel ?? 1 : null);
        node.Cover(block.Page, block.PageEnd);
        if (!asHeading && rest.Length > 0)
        {
            node.Append(rest, block.Page, block.PageEnd);
        }

        clause.Footnotes.AddRange(block.Footnotes);
        nodes.Add(node);
        byKey[clause.Key] = node;
        current = node;
        return node;
    }

    /// <summary>The open unnumbered heading directly inside the article or annex ("I. Общие положения" in an annex).</summary>
    private ClauseNode? HeadingInScope()
    {
        for (var node = current; scope is not null && node is not null && node != scope; node = node.Parent)
        {
            if (node.Parent == scope && node.Clause.Kind == ClauseKind.Section && node.Clause.Number.Length == 0)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>
    /// Opens a chapter, a section or a subsection. Whichever of chapter and section the document uses
    /// first is the outer division ("CAPÍTULO" over "Seção"; "Раздел" over "Глава"); the other nests in
    /// the current outer one and is keyed under it ("chapter:ii/section:i"); a subsection ("Subseção",
    /// "Подраздел") nests in the current inner one ("chapter:v/section:iii/subsection:iii"). Inside an
    /// annex all of them are keyed under the annex.
    /// </summary>
    private ClauseNode OpenDivision(ClauseLabel label, DecodedBlock block, bool isHeading)
    {
        var sub = label.Printed.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) || label.Printed.StartsWith("Под", StringComparison.OrdinalIgnoreCase);
        outerKind ??= label.Kind;
        var parent = sub ? inner ?? outer ?? annex : label.Kind == outerKind ? annex : outer ?? annex;
        var name = sub ? "subsection" : EnumNames.ToName(label.Kind);
        var node = Open(label.Kind, label.Printed, Scoped(parent, $"{name}:{label.Value}"), label.Rest, block, parent, isHeading, asHeading: true);
        if (!sub && label.Kind == outerKind)
        {
            outer = node;
            inner = null;
        }
        else if (!sub)
        {
            inner = node;
        }

        return node;
    }

    private static string Scoped(ClauseNode? parent, string key) => parent is null ? key : ClauseKeys.Scoped(parent.Clause.Key, key);

    /// <summary>An article label's rest is its title unless it reads as the article's first sentence ("Art. 2º Esta Norma se aplica …").</summary>
    private static bool IsTitle(string rest) => rest.Length is > 0 and <= 200 && rest[^1] is not ('.' or ';' or ':');

    private static bool IsContinuation(string rest) =>
        rest.Contains("continua", StringComparison.OrdinalIgnoreCase)
        || rest.Contains("continued", StringComparison.OrdinalIgnoreCase)
        || rest.Contains("продолжение", StringComparison.OrdinalIgnoreCase);

    private ClauseNode? NonTableCurrent()
    {
        var node = current;
        while (node is not null && node.Clause.Kind == ClauseKind.Table)
        {
            node = node.Parent;
        }

        return node;
    }

    private ClauseNode EnsurePreamble()
    {
        if (preamble is null)
        {
            preamble = new ClauseNode(new Clause { Kind = ClauseKind.Preamble, Key = "preamble" }, null, null);
            nodes.Insert(0, preamble);
            byKey[preamble.Clause.Key] = preamble;
        }

        return preamble;
    }

    private string UniqueKey(string key)
    {
        if (!byKey.ContainsKey(key))
        {
            return key;
        }

        var n = 2;
        while (byKey.ContainsKey($"{key}~{n}"))
        {
            n++;
        }

        return $"{key}~{n}";
    }

    private static string Slug(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0));
        return slug.Length > 48 ? slug[..48] : slug;
    }
}
