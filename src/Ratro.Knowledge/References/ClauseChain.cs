using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.References;

/// <summary>
/// Clause components that name one place together ("пунктами 2 - 11 части 1 статьи 6", "paragraph 3 of Annex B"), and the
/// document they were found to point at.
/// </summary>
internal sealed class ClauseChain(IReadOnlyList<ClauseComponent> components)
{
    public IReadOnlyList<ClauseComponent> Components { get; } = components;

    public int Start => Components[0].Start;

    public int End => Components[^1].End;

    /// <summary>Where the printed reference starts: earlier than <see cref="Start"/> when the document is printed before the clause.</summary>
    public int SpanStart { get; set; } = -1;

    /// <summary>Where the printed reference ends: later than <see cref="End"/> when the document is printed after the clause.</summary>
    public int SpanEnd { get; set; } = -1;

    public DesignationMatch? Target { get; set; }

    public string? UnresolvedTarget { get; set; }

    public ReferenceScope Scope { get; set; }

    /// <summary>True once the text states the target (a designation, "настоящего закона", "настоящей статьи", a title).</summary>
    public bool Resolved { get; set; }

    /// <summary>
    /// Not a reference: a heading ("Статья 1. Сфера действия …", "Приложение N 1" alone on its line) or a label
    /// ("часть 1 - "СЛУШАЛИ"").
    /// </summary>
    public bool IsHeadingOrLabel { get; set; }
}
