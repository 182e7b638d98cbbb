using Elastic.Clients.Elasticsearch.Mapping;

namespace Ratro.Knowledge.Elasticsearch.Schema;

/// <summary>
/// The mappings (strict: a field the engine does not know is an error). <c>_meta</c> records the schema version,
/// the Russian analysis and the vector size, so a running engine can tell what an existing index was built with.
/// </summary>
public static class ClauseMappings
{
    public const int SchemaVersion = 1;

    /// <param name="russian">How the Russian analyzer stems, as recorded in <c>_meta</c>.</param>
    /// <param name="vectorDimensions">Size of clause vectors; 0: no vector field.</param>
    public static TypeMapping Build(string russian, int vectorDimensions)
    {
        var properties = new Properties
        {
            [IndexFields.Kind] = Keyword(),
            [IndexFields.Canonical] = Keyword(),
            [IndexFields.EditionId] = Keyword(),
            [IndexFields.ClauseId] = Keyword(),
            [IndexFields.Batch] = Keyword(),
            [IndexFields.Designation] = new KeywordProperty { Normalizer = ClauseAnalysis.DesignationKey },
            [IndexFields.Designations] = new TextProperty
            {
                Analyzer = ClauseAnalysis.Designation,
                Fields = new Properties { ["key"] = new KeywordProperty { Normalizer = ClauseAnalysis.DesignationKey } },
            },
            [IndexFields.TitleRu] = Text(ClauseAnalysis.Russian),
            [IndexFields.TitleEn] = Text(ClauseAnalysis.English),
            [IndexFields.Type] = Keyword(),
            [IndexFields.Status] = Keyword(),
            [IndexFields.Issuer] = new KeywordProperty { Fields = new Properties { ["words"] = Text(ClauseAnalysis.Designation) } },
            [IndexFields.Jurisdiction] = Keyword(),
            [IndexFields.Ics] = Keyword(),
            [IndexFields.Language] = Keyword(),
            [IndexFields.Access] = Keyword(),
            [IndexFields.IsCurrent] = new BooleanProperty(),
            [IndexFields.IsDraft] = new BooleanProperty(),
            [IndexFields.IsSynthetic] = new BooleanProperty(),
            [IndexFields.Date] = new DateProperty { Format = "strict_date" },
            [IndexFields.Year] = new IntegerNumberProperty(),
            [IndexFields.Validity] = new DateRangeProperty { Format = "strict_date" },
            [IndexFields.SortKey] = Keyword(),
            [IndexFields.Display] = new ObjectProperty { Enabled = false },
            [IndexFields.HeadingRu] = Text(ClauseAnalysis.Russian),
            [IndexFields.HeadingEn] = Text(ClauseAnalysis.English),
            [IndexFields.BodyRu] = Text(ClauseAnalysis.Russian),
            [IndexFields.BodyEn] = Text(ClauseAnalysis.English),
        };
        if (vectorDimensions > 0)
        {
            properties[IndexFields.Vector] = new DenseVectorProperty
            {
                Dims = vectorDimensions,
                Index = true,
                Similarity = DenseVectorSimilarity.Cosine,
                IndexOptions = new DenseVectorIndexOptions { Type = DenseVectorIndexOptionsType.Int8Hnsw },
            };
        }

        return new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            Meta = new Dictionary<string, object>
            {
                ["schema"] = SchemaVersion,
                ["russian"] = russian,
                ["vector_dims"] = vectorDimensions,
            },
            Properties = properties,
        };
    }

    private static KeywordProperty Keyword() => new();

    private static TextProperty Text(string analyzer) => new() { Analyzer = analyzer };
}
