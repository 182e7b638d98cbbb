using Microsoft.Extensions.Logging.Abstractions;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Designations;
using Ratro.Knowledge.Search.Lucene;
using Ratro.Knowledge.Search.Vectors;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Builds Lucene engines for tests: default options, the Debian dictionary when installed, an optional glossary and embedder.</summary>
public static class LuceneTestEngine
{
    public static string DictionaryPath => LuceneSearchOptions.DefaultRussianDictionary;

    public static void RequireDictionary()
    {
        if (!File.Exists(DictionaryPath))
        {
            Assert.Skip($"the Hunspell Russian dictionary ({DictionaryPath}, Debian package hunspell-ru) is not installed");
        }
    }

    public static LuceneSearchIndex Create(
        string directory, string? glossaryPath = null, ClauseEmbedder? embedder = null, int dimensions = 0, string? dictionary = null)
    {
        var glossary = glossaryPath is null ? Ratro.Knowledge.Glossary.Glossary.Empty("none", "no glossary in this test") : GlossaryLoader.Load(glossaryPath);
        var parts = new LuceneEngineParts(
            new LuceneSearchOptions { RussianDictionary = dictionary ?? DictionaryPath },
            new SearchOptions(),
            new RecordValidityResolver(),
            new CatalogDesignationRecognizer(),
            glossary,
            embedder,
            dimensions);
        return new LuceneSearchIndex(Path.Combine(directory, "index", "lucene"), parts, NullLogger.Instance);
    }
}
