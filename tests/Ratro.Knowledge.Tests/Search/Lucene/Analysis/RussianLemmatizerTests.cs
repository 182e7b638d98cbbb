using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Ratro.Knowledge.Search.Lucene.Analysis;
using Ratro.Knowledge.Tests.Corpus;

namespace Ratro.Knowledge.Tests.Search.Lucene.Analysis;

/// <summary>
/// Remembering lemmas must not change the analysis: over the whole corpus text, the Russian analyzer gives the same
/// terms, positions and offsets as Hunspell with the Snowball fallback run on every token — on the first pass (lemmas
/// computed) and on the second (lemmas remembered).
/// </summary>
public sealed class RussianLemmatizerTests
{
    [Fact]
    public void The_remembered_lemmas_reproduce_the_full_analysis_of_the_corpus()
    {
        LuceneTestEngine.RequireDictionary();
        var morphology = RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out var problem) ?? throw new InvalidOperationException(problem);
        var files = Directory.EnumerateFiles(CorpusFiles.DocumentsPath, "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        using var reference = new HunspellChainAnalyzer(morphology);
        using var remembering = new RussianAnalyzer(morphology);

        var tokens = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var expected = Tokens(reference, text);
            Assert.Equal(expected, Tokens(remembering, text));
            Assert.Equal(expected, Tokens(remembering, text));
            tokens += expected.Count;
        }

        Assert.True(tokens > 10_000, $"only {tokens} tokens in the corpus");
        Assert.InRange(morphology.Lemmatizer.Count, 1, RussianLemmatizer.Capacity);
    }

    [Theory]
    [InlineData("персоналом", "персонал")]
    [InlineData("дозами", "доза")]
    public void A_form_gives_its_lemma_the_same_way_twice(string form, string lemma)
    {
        LuceneTestEngine.RequireDictionary();
        var morphology = RussianMorphology.TryLoad(LuceneTestEngine.DictionaryPath, out var problem) ?? throw new InvalidOperationException(problem);

        Assert.Equal(lemma, morphology.Lemmatizer.LemmaOf(form));
        Assert.Equal(lemma, morphology.Lemmatizer.LemmaOf(form));
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
