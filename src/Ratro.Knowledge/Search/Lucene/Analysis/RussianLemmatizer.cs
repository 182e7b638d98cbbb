using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// The lemma of a Russian word form, remembered: Hunspell stemming is a pure function of the form but costs far more
/// than the rest of the analysis, and the same forms recur in every clause analysed for a snippet, every query and
/// every indexed clause. Thread-safe; at most <see cref="Capacity"/> forms are kept, later ones are computed each time.
/// </summary>
public sealed class RussianLemmatizer(RussianMorphology morphology) : IDisposable
{
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, string> known = new(StringComparer.Ordinal);
    private readonly RussianWordAnalyzer analyzer = new(morphology);

    public int Count => known.Count;

    public string LemmaOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (known.TryGetValue(word, out var lemma))
        {
            return lemma;
        }

        lemma = Analyze(word);
        if (known.Count < Capacity)
        {
            known.TryAdd(word, lemma);
        }

        return lemma;
    }

    public void Dispose() => analyzer.Dispose();

    private string Analyze(string word)
    {
        using var stream = analyzer.GetTokenStream("word", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var lemma = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return lemma;
    }
}
