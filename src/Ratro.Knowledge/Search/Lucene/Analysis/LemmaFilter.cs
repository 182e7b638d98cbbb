using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>Replaces each Russian token by its lemma from a shared <see cref="RussianLemmatizer"/>; position and offsets stay.</summary>
public sealed class LemmaFilter : TokenFilter
{
    private readonly RussianLemmatizer lemmatizer;
    private readonly ICharTermAttribute term;

    public LemmaFilter(TokenStream input, RussianLemmatizer lemmatizer) : base(input)
    {
        this.lemmatizer = lemmatizer;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        var lemma = lemmatizer.LemmaOf(word);
        if (!ReferenceEquals(lemma, word) && lemma != word)
        {
            term.SetEmpty().Append(lemma);
        }

        return true;
    }
}
