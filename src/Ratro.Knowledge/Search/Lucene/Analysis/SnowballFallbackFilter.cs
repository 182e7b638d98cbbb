using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// After Hunspell stemming: a token that is a dictionary word is its lemma and stays; any other token is a word the
/// dictionary does not know (Hunspell passed it unchanged): the Snowball Russian stemmer stems it, and when a
/// dictionary word has the same Snowball stem that word is used, so a form the affix rules miss still joins its family.
/// </summary>
public sealed class SnowballFallbackFilter : TokenFilter
{
    private readonly IReadOnlySet<string> lemmas;
    private readonly RussianMorphology? morphology;
    private readonly RussianStemmer stemmer = new();
    private readonly ICharTermAttribute term;

    public SnowballFallbackFilter(TokenStream input, RussianMorphology morphology) : base(input)
    {
        lemmas = morphology.Lemmas;
        this.morphology = morphology;
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
            var stem = stemmer.Current;
            term.SetEmpty().Append(morphology?.LemmaOfUnknown(word, stem) ?? stem);
        }

        return true;
    }
}
