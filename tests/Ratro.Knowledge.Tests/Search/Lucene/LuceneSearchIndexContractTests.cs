using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>The contract run against the embedded Lucene engine (always).</summary>
public sealed class LuceneSearchIndexContractTests : SearchIndexContractTests
{
    protected override ISearchIndex CreateIndex(string directory, string glossaryPath) => LuceneTestEngine.Create(directory, glossaryPath);

    protected override void RequireRussianMorphology() => LuceneTestEngine.RequireDictionary();
}
