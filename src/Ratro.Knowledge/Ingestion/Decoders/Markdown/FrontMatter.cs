using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Ratro.Knowledge.Ingestion.Decoders.Markdown;

/// <summary>Splits YAML front matter ("---" … "---") from a Markdown body and parses it.</summary>
public static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static (IReadOnlyDictionary<string, object?> Values, string Body, int BodyLine) Split(string text, string fileName)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (new Dictionary<string, object?>(), text, 1);
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] != '\n')
        {
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            throw new IngestionException(IngestionFailure.InvalidFrontMatter, $"'{fileName}': the front matter opened with '---' on line 1 is never closed by a '---' line.");
        }

        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = text[..bodyStart].Count(c => c == '\n') + 1;
        return (Parse(yaml, fileName), text[bodyStart..], bodyLine);
    }

    private static Dictionary<string, object?> Parse(string yaml, string fileName)
    {
        try
        {
            var values = Yaml.Deserialize<Dictionary<string, object?>>(yaml);
            return values ?? new Dictionary<string, object?>();
        }
        catch (YamlException e)
        {
            throw new IngestionException(
                IngestionFailure.InvalidFrontMatter,
                $"'{fileName}': the front matter is not valid YAML (line {e.Start.Line + 1}, column {e.Start.Column}): {e.Message}",
                e);
        }
    }
}
