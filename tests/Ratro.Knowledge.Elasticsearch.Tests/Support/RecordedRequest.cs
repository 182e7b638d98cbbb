using System.Text;
using System.Text.Json.Nodes;

namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>A request the engine sent: method, path with query string, and body (NDJSON bodies as one JSON array of lines).</summary>
public sealed record RecordedRequest(string Method, string Path, byte[] Body)
{
    public string PathOnly => Path.Split('?')[0];

    public IReadOnlyDictionary<string, string> Parameters =>
        Path.Contains('?', StringComparison.Ordinal)
            ? Path.Split('?', 2)[1].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "")
            : new Dictionary<string, string>();

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body as JSON: an object, or for NDJSON an array of its lines.</summary>
    public JsonNode? Json()
    {
        var text = Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 1 ? JsonNode.Parse(lines[0]) : new JsonArray(lines.Select(l => JsonNode.Parse(l)).ToArray());
    }
}
