using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// The composable index template every concrete index of the engine is created from: analysis, shards and
/// replicas, a result window large enough for the deepest page the search contract allows, and the mappings.
/// Putting it again is harmless (it replaces itself); existing indices keep what they were created with.
/// </summary>
public static class ClauseIndexTemplate
{
    /// <summary>Deepest from + size a search may ask: the contract's largest offset plus the largest page.</summary>
    public const int ResultWindow = 11_000;

    public static PutIndexTemplateRequest Build(IndexNames names, ElasticsearchOptions options, string? hunspellLocale, int vectorDimensions) =>
        new(names.Template)
        {
            IndexPatterns = names.Pattern,
            Priority = 500,
            Meta = new Dictionary<string, object> { ["managed_by"] = "ratro-knowledge" },
            Template = new IndexTemplateMapping
            {
                Settings = new IndexSettings
                {
                    NumberOfShards = options.Shards,
                    NumberOfReplicas = options.Replicas,
                    MaxResultWindow = ResultWindow,
                    Analysis = ClauseAnalysis.Build(hunspellLocale),
                },
                Mappings = ClauseMappings.Build(Morphology(hunspellLocale), vectorDimensions),
            },
        };

    /// <summary>How the Russian analyzer stems, for <c>_meta</c> and the engine's health.</summary>
    public static string Morphology(string? hunspellLocale) =>
        string.IsNullOrEmpty(hunspellLocale) ? "snowball" : $"hunspell {hunspellLocale} then snowball";
}
