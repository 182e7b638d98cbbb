using System.Text.Json;
using Ratro.Knowledge.Elasticsearch.Schema;

namespace Ratro.Knowledge.Elasticsearch.Results;

/// <summary>Reads an inner hit's source (untyped in the client's response) as an <see cref="IndexedDocument"/>.</summary>
public static class SourceReader
{
    public static IndexedDocument? Read(object? source) => source switch
    {
        null => null,
        IndexedDocument document => document,
        JsonElement element => element.Deserialize<IndexedDocument>(),
        _ => JsonSerializer.Deserialize<IndexedDocument>(JsonSerializer.Serialize(source)),
    };
}
