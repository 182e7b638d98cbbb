using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>
/// Golden requests: each file under <c>Golden/</c> holds the method, the path with its query string, and the JSON body
/// (NDJSON bodies as an array of lines) of one request, compared structurally (property order and string escapes
/// do not matter). A mismatch writes what was sent beside the test output, to read and compare.
/// </summary>
public static class Golden
{
    public static JsonNode Of(RecordedRequest request) => new JsonObject
    {
        ["method"] = request.Method,
        ["path"] = request.Path,
        ["body"] = request.Json(),
    };

    public static void AssertMatches(string name, RecordedRequest request)
    {
        var actual = Of(request);
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".json");
        var pretty = actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (!File.Exists(path) || !JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(path)), actual))
        {
            var written = Path.Combine(Path.GetTempPath(), "ratro-golden", name + ".actual.json");
            Directory.CreateDirectory(Path.GetDirectoryName(written)!);
            File.WriteAllText(written, pretty + "\n");
            Assert.Fail($"The request differs from Golden/{name}.json{(File.Exists(path) ? "" : " (missing)")}; it was written to {written}.");
        }
    }
}
