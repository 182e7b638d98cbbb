using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Ratro.Knowledge.Search.Lucene.Analysis;

namespace Ratro.Knowledge.Tests.Search.Lucene.Analysis;

/// <summary>
/// The Russian analysis with Hunspell and the Snowball fallback run on every token, with no remembered lemmas: the
/// reference the remembering <see cref="RussianAnalyzer"/> must reproduce token for token.
/// </summary>
internal sealed class HunspellChainAnalyzer(RussianMorphology morphology) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, global::Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet);
        stream = new SnowballFallbackFilter(new HunspellStemFilter(stream, morphology.Dictionary, true, true), morphology);
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => CharFolding.Wrap(reader);
}
