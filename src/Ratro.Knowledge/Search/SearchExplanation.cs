namespace Ratro.Knowledge.Search;

/// <summary>What the engine made of a query: recognized designations, glossary expansions, whether vectors took part.</summary>
public sealed record SearchExplanation(
    IReadOnlyList<string> Designations,
    IReadOnlyList<string> Expansions,
    bool Hybrid,
    bool Relaxed,
    TimeSpan Elapsed)
{
    public static SearchExplanation None { get; } = new([], [], false, false, TimeSpan.Zero);
}
