using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>Designations and codes as words: standard tokenization and lower case, no stemming, no stop words.</summary>
public sealed class DesignationAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(LuceneVersion.LUCENE_48, source));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => CharFolding.Wrap(reader);
}
