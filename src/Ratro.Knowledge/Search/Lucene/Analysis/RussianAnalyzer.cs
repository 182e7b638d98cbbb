using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// Russian text: ё→е, standard tokenization, lower case, Latin diacritics folded, Russian stop words removed,
/// then one lemma per word from Hunspell (Snowball for words the dictionary lacks, see <see cref="RussianLemmatizer"/>); without a dictionary,
/// Snowball alone.
/// </summary>
public sealed class RussianAnalyzer(RussianMorphology? morphology) : Analyzer
{
    public RussianMorphology? Morphology => morphology;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, global::Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet);
        stream = morphology is null
            ? new SnowballFilter(stream, new RussianStemmer())
            : new LemmaFilter(stream, morphology.Lemmatizer);
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => CharFolding.Wrap(reader);
}
