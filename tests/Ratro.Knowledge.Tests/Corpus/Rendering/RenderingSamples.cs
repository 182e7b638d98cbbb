using Ratro.Knowledge.Corpus.Rendering;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Corpus.Rendering;

/// <summary>The corpus-format samples beside these tests (Corpus/Samples), read as the renderers read them.</summary>
public static class RenderingSamples
{
    public const string RussianSections = "ru_sections.md";
    public const string EnglishRequirements = "en_requirements.md";
    public const string RussianLaw = "ru_law.md";

    public static IReadOnlyList<string> All { get; } = [RussianSections, EnglishRequirements, RussianLaw];

    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Ratro.Knowledge.Tests", "Corpus", "Samples", name);

    public static Task<CorpusSource> ReadAsync(string name) =>
        CorpusSourceReader.ReadFileAsync(Path(name), TestContext.Current.CancellationToken);

    public static TheoryData<string> Names() => new(All);
}
