namespace Ratro.Knowledge.Search;

/// <summary>
/// How the engine is running: which morphology, glossary and embeddings it uses, and warnings for whatever
/// is degraded (shown by diagnostics and logged at start).
/// </summary>
public sealed record SearchEngineHealth(
    string Engine,
    string RussianMorphology,
    int GlossaryTerms,
    string Embeddings,
    IReadOnlyList<string> Warnings)
{
    public bool Degraded => Warnings.Count > 0;
}
