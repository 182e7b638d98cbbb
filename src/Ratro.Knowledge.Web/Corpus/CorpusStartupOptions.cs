namespace Ratro.Knowledge.Web.Corpus;

/// <summary>Whether the site loads the corpus at start (section "Corpus", beside <c>Corpus:ManifestPath</c>).</summary>
public sealed class CorpusStartupOptions
{
    public const string Section = "Corpus";

    /// <summary>Seed <c>corpus/manifest.json</c> at every start; files already stored are skipped, so later starts are quick.</summary>
    public bool SeedOnStart { get; set; } = true;
}
