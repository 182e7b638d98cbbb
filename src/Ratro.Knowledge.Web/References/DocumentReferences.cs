namespace Ratro.Knowledge.Web.References;

/// <summary>
/// What a document page shows of the reference graph, already cut to what the visitor may see: references at clause
/// level both ways, the supersession chain, adoption and correspondence counterparts, amendments, the status currency
/// line, and the neighbours for the relation graph. <see cref="OutgoingWithheld"/> is true when the visitor may not read
/// the text, so the clauses it cites are not listed.
/// </summary>
public sealed record DocumentReferences
{
    public static DocumentReferences Empty { get; } = new() { CurrencyRu = "", CurrencyEn = "" };

    public string Designation { get; init; } = "";

    public IReadOnlyList<ReferenceRow> Outgoing { get; init; } = [];

    public IReadOnlyList<ReferenceRow> Incoming { get; init; } = [];

    /// <summary>Links walked back from the document (what it replaced), nearest first.</summary>
    public IReadOnlyList<ChainStep> Predecessors { get; init; } = [];

    /// <summary>Links walked forward (what replaced it), nearest first.</summary>
    public IReadOnlyList<ChainStep> Successors { get; init; } = [];

    /// <summary>The document in force in its place, when that is another document.</summary>
    public ReferenceEnd? Current { get; init; }

    /// <summary>Adoptions, correspondences and implementations, both ways.</summary>
    public IReadOnlyList<ReferenceRow> Counterparts { get; init; } = [];

    /// <summary>Amendments: documents amending this one (incoming) and documents this one amends (outgoing).</summary>
    public IReadOnlyList<ReferenceRow> Amendments { get; init; } = [];

    public required string CurrencyRu { get; init; }

    public required string CurrencyEn { get; init; }

    public bool OutgoingWithheld { get; init; }

    public bool IsEmpty =>
        Outgoing.Count == 0 && Incoming.Count == 0 && Predecessors.Count == 0 && Successors.Count == 0 && Counterparts.Count == 0 && Amendments.Count == 0;
}
