using System.ComponentModel.DataAnnotations;

namespace Ratro.Knowledge.Search;

/// <summary>Search settings shared by every engine. Bound from section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>The engine by name: <c>lucene</c> (default, embedded) or another registered <see cref="ISearchEngineFactory"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Engine { get; set; } = "lucene";

    /// <summary>The bilingual glossary TSV; relative paths are taken from the content root. Absent file: no expansion (reported in health).</summary>
    public string GlossaryPath { get; set; } = Path.Combine("corpus", "glossary.tsv");

    /// <summary>Longest query text accepted, in characters.</summary>
    [Range(16, 100_000)]
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>Largest page size a caller may ask for.</summary>
    [Range(1, 1000)]
    public int MaxLimit { get; set; } = 100;
}
