using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// The Hunspell Russian dictionary (affix rules and word list) for lemma stemming, with the set of its words.
/// Both files are read with ё folded to е, matching the analyzers' character folding. Loaded once per path
/// and process (about two seconds and 15 MB).
/// </summary>
public sealed class RussianMorphology
{
    private static readonly ConcurrentDictionary<string, Lazy<RussianMorphology>> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string[]> lemmasByStem;

    private RussianMorphology(Dictionary dictionary, HashSet<string> lemmas, string path)
    {
        Dictionary = dictionary;
        Lemmas = lemmas;
        Path = path;
        Lemmatizer = new RussianLemmatizer(this);
        var stemmer = new RussianStemmer();
        lemmasByStem = lemmas
            .Where(l => l.Length > 3 && l.All(c => c is >= 'а' and <= 'я'))
            .GroupBy(l => Stem(stemmer, l), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public Dictionary Dictionary { get; }

    /// <summary>Every word of the dictionary, lower case, ё folded: a stem in this set came from the dictionary.</summary>
    public IReadOnlySet<string> Lemmas { get; }

    public string Path { get; }

    /// <summary>The remembered word-to-lemma mapping the analyzers use, shared by every analyzer of this dictionary.</summary>
    public RussianLemmatizer Lemmatizer { get; }

    /// <summary>
    /// For a word the dictionary cannot inflect (a form its affix rules miss, such as "облучений"): the dictionary word
    /// with the same Snowball stem that shares the longest prefix with it (then the shortest), or null when none.
    /// </summary>
    public string? LemmaOfUnknown(string word, string snowballStem)
    {
        if (!lemmasByStem.TryGetValue(snowballStem, out var candidates))
        {
            return null;
        }

        return candidates
            .OrderByDescending(c => CommonPrefix(c, word))
            .ThenBy(c => c.Length)
            .ThenBy(c => c, StringComparer.Ordinal)
            .First();
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static string Stem(RussianStemmer stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The dictionary at <paramref name="dicPath"/> (the <c>.aff</c> beside it), or null with the reason it cannot be used.</summary>
    public static RussianMorphology? TryLoad(string dicPath, out string? problem)
    {
        var affPath = System.IO.Path.ChangeExtension(dicPath, ".aff");
        if (!File.Exists(dicPath) || !File.Exists(affPath))
        {
            problem = $"Hunspell Russian dictionary not found at '{dicPath}' (with '{System.IO.Path.GetFileName(affPath)}' beside it); " +
                      "Russian words are stemmed by Snowball, which splits some word families (install the Debian package hunspell-ru)";
            return null;
        }

        try
        {
            problem = null;
            return Loaded.GetOrAdd(System.IO.Path.GetFullPath(dicPath), p => new Lazy<RussianMorphology>(() => Load(p, affPath))).Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or ArgumentException)
        {
            problem = $"Hunspell Russian dictionary at '{dicPath}' cannot be read ({e.Message}); Russian words are stemmed by Snowball";
            return null;
        }
    }

    private static RussianMorphology Load(string dicPath, string affPath)
    {
        var dic = Fold(File.ReadAllText(dicPath, Encoding.UTF8));
        var aff = Fold(File.ReadAllText(affPath, Encoding.UTF8));
        using var affStream = new MemoryStream(Encoding.UTF8.GetBytes(aff));
        using var dicStream = new MemoryStream(Encoding.UTF8.GetBytes(dic));
        var dictionary = new Dictionary(affStream, [dicStream], true);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in dic.Split('\n').Skip(1))
        {
            var word = line.Split('/', 2)[0].Trim();
            if (word.Length > 0)
            {
                lemmas.Add(word.ToLowerInvariant());
            }
        }

        return new RussianMorphology(dictionary, lemmas, dicPath);
    }

    private static string Fold(string text) => text.Replace('ё', 'е').Replace('Ё', 'Е');
}
