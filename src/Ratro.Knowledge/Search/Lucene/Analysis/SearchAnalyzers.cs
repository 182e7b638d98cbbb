using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ratro.Knowledge.Search.Lucene.Analysis;

/// <summary>The analyzers of one index: Russian, English and designation analysis, and the per-field mapping the writer uses.</summary>
public sealed class SearchAnalyzers : IDisposable
{
    public SearchAnalyzers(RussianMorphology? morphology)
    {
        Russian = new RussianAnalyzer(morphology);
        English = new EnglishAnalyzer();
        Designation = new DesignationAnalyzer();
        PerField = new PerFieldAnalyzerWrapper(English, new Dictionary<string, Analyzer>
        {
            [LuceneFields.BodyRu] = Russian,
            [LuceneFields.HeadingRu] = Russian,
            [LuceneFields.TitleRu] = Russian,
            [LuceneFields.Designations] = Designation,
        });
    }

    public RussianAnalyzer Russian { get; }

    public EnglishAnalyzer English { get; }

    public DesignationAnalyzer Designation { get; }

    public Analyzer PerField { get; }

    /// <summary>"ru" gets Russian analysis; every other language English (standard) analysis.</summary>
    public Analyzer For(string language) => language == "ru" ? Russian : English;

    public static string LanguageField(string language) => language == "ru" ? "ru" : "en";

    /// <summary>The terms of a text, in order.</summary>
    public IReadOnlyList<string> Terms(string text, string language) => Terms(For(language), text);

    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        PerField.Dispose();
        Russian.Dispose();
        English.Dispose();
        Designation.Dispose();
    }
}
