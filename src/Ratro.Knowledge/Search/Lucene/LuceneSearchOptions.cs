namespace Ratro.Knowledge.Search.Lucene;

/// <summary>The embedded Lucene engine. Bound from section <c>Search:Lucene</c>.</summary>
public sealed class LuceneSearchOptions
{
    public const string DefaultRussianDictionary = "/usr/share/hunspell/ru_RU.dic";

    /// <summary>Index folder; default <c>index/lucene</c> in the data directory.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>Hunspell Russian <c>.dic</c> file (the <c>.aff</c> beside it); when absent, Snowball stems Russian and health says so.</summary>
    public string RussianDictionary { get; set; } = DefaultRussianDictionary;

    /// <summary>How many vector hits take part in rank fusion.</summary>
    public int VectorDepth { get; set; } = 100;
}
