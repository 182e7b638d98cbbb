using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Search;

namespace Ratro.Knowledge.Elasticsearch.Tests.Contract;

/// <summary>
/// The shared search contract against a live Elasticsearch cluster when <c>RATRO_ELASTICSEARCH_URL</c> is set; every
/// case skips with the reason otherwise. Each case gets a fresh index prefix and drops it at the end.
/// </summary>
public sealed class ElasticsearchSearchIndexContractTests : SearchIndexContractTests
{
    protected override ISearchIndex CreateIndex(string directory, string glossaryPath) => LiveCluster.Create(glossaryPath);

    protected override void RequireRussianMorphology() => LiveCluster.RequireHunspell();
}
