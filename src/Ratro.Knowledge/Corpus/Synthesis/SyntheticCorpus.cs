using System.Text;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>
/// A synthetic scale corpus for benchmarks: <c>count</c> documents in the corpus Markdown format, fully
/// determined by the seed. Documents are marked <c>synthetic: true</c>, carry designations in the synthetic
/// namespace (<see cref="SyntheticFamilies"/>) and titles starting with "[SYNTH]"; about 60 % are Russian.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly int seed;
    private readonly SyntheticIdentities identities;

    public SyntheticCorpus(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        this.seed = seed;
        identities = new SyntheticIdentities(seed, count);
    }

    public int Count => identities.Count;

    /// <summary>The document at <paramref name="index"/>; <paramref name="pdfShare"/> decides whether it is one of those written as PDF.</summary>
    public SyntheticDocument Generate(int index, double pdfShare = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var identity = identities.For(index);
        var outline = SyntheticOutline.Build(seed, identity);
        var (ru, en) = SyntheticTitles.All[identity.TitleIndex];
        var titleRu = SyntheticTitles.Mark + ru;
        var titleEn = SyntheticTitles.Mark + en;
        var russian = identity.Language == "ru";
        var writer = new SyntheticBodyWriter(seed, identities, identity);
        var body = writer.Write(outline, russian ? titleRu : titleEn);
        var markdown = new StringBuilder(body.Length + 1024);
        var includeOther = russian || new SyntheticRandom(seed, index, "titles").Chance(0.5);
        SyntheticFrontMatter.Write(markdown, identity, russian || includeOther ? titleRu : null, titleEn, writer.Cited, seed);
        markdown.Append(body);
        var asPdf = pdfShare > 0 && new SyntheticRandom(seed, index, "format").NextDouble() < pdfShare;
        return new SyntheticDocument(index, identity.Designation, CorpusFileNames.Stem(identity.Designation), identity.Language, markdown.ToString(), outline.Count, asPdf);
    }
}
