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

    /// <summary>How many golden requests a case has: <c>name.json</c>, or <c>name-1.json</c>, <c>name-2.json</c> … in order.</summary>
    public static int Count(string name) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Count(f => f == name || System.Text.RegularExpressions.Regex.IsMatch(f!, $"^{System.Text.RegularExpressions.Regex.Escape(name)}-[0-9]+$"));

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
