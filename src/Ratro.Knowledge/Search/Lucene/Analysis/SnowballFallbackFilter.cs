using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// After Hunspell stemming: a token that is a dictionary word is its lemma and stays; any other token is a word the
/// dictionary does not know (Hunspell passed it unchanged), so the Snowball Russian stemmer stems it.
/// </summary>
public sealed class SnowballFallbackFilter : TokenFilter
{
    private readonly IReadOnlySet<string> lemmas;
    private readonly RussianStemmer stemmer = new();
    private readonly ICharTermAttribute term;

    public SnowballFallbackFilter(TokenStream input, IReadOnlySet<string> lemmas) : base(input)
    {
        this.lemmas = lemmas;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        if (!lemmas.Contains(word) && word.Any(c => c is >= 'а' and <= 'я'))
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            term.SetEmpty().Append(stemmer.Current);
        }

        return true;
    }
}
