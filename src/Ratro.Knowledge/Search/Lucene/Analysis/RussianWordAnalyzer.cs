using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// One already lower-cased, folded word in, its lemma out: Hunspell (longest stem only), then the Snowball fallback for
/// words the dictionary lacks. The uncached path of <see cref="RussianLemmatizer"/>.
/// </summary>
public sealed class RussianWordAnalyzer(RussianMorphology morphology) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new HunspellStemFilter(source, morphology.Dictionary, true, true);
        stream = new SnowballFallbackFilter(stream, morphology);
        return new TokenStreamComponents(source, stream);
    }
}
