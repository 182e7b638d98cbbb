namespace Ratro.Knowledge.Documents;

/// <summary>
/// A node of a document's clause tree: a numbered clause, article, annex, table or requirement,
/// with its text, the pages it spans, its tables and footnotes.
/// </summary>
public sealed class Clause
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DocumentId { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Position in reading order within the document, from 0.</summary>
    public int Ordinal { get; set; }

    /// <summary>Depth in the tree, 0 for top-level nodes.</summary>
    public int Depth { get; set; }

    public ClauseKind Kind { get; set; }

    /// <summary>The identifier as printed: "3.1.2", "201.10", "Статья 9", "Annex A", "Приложение 2", "Table 3".</summary>
    public string Number { get; set; } = "";

    /// <summary>The lookup key references resolve to (see <see cref="ClauseKeys"/>): "3.1.2", "article:9", "annex:a".</summary>
    public string Key { get; set; } = "";

    public string? Heading { get; set; }

    public string Text { get; set; } = "";

    public int? PageStart { get; set; }

    public int? PageEnd { get; set; }

    public List<ClauseTable> Tables { get; set; } = [];

    public List<Footnote> Footnotes { get; set; } = [];

    /// <summary>HTML anchor of the clause ("p-3-1-2", "article-9").</summary>
    public string Anchor => ClauseKeys.Anchor(Key);
}
