using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Structure;

/// <summary>A clause identifier found at the start of a block: "3.1.2.", "Статья 9.", "Приложение 2", "Table II".</summary>
/// <param name="Kind">What the label opens.</param>
/// <param name="Printed">The identifier as printed, without trailing punctuation ("3.1.2", "Статья 9").</param>
/// <param name="Value">The bare number or letter ("3.1.2", "9", "2", "ii"); for decimal labels the dotted number.</param>
/// <param name="Rest">The text after the label (a heading or the start of the clause text).</param>
/// <param name="Explicit">True when the label carries its own marker ("§ 20.1201", "п. 3.1"), so the numbering sequence need not confirm it.</param>
public sealed record ClauseLabel(ClauseKind Kind, string Printed, string Value, string Rest, bool Explicit = false)
{
    /// <summary>True for plain decimal numbering ("3.1.2", "201.10", "А.2.1").</summary>
    public bool IsDecimal => Kind is ClauseKind.Clause or ClauseKind.Part;
}
