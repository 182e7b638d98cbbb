namespace Ratro.Knowledge.Glossary;

/// <summary>The loaded glossary, or an empty one with the reason it is empty (absent file).</summary>
public sealed record Glossary(IReadOnlyList<GlossaryTerm> Terms, string Source, string? Problem = null)
{
    public static Glossary Empty(string source, string problem) => new([], source, problem);
}
