using Elastic.Clients.Elasticsearch.Core.Search;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Querying;

/// <summary>Which stored fields a search reads back.</summary>
public static class Sources
{
    public static SourceConfig EditionFacts => Of(IndexFields.EditionFacts);

    public static SourceConfig Clause => Of([.. IndexFields.EditionFacts, .. IndexFields.ClauseDisplay]);

    public static SourceConfig Of(params string[] fields) => new(new SourceFilter { Includes = fields });
}
