using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ratro.Knowledge.Ingestion;

namespace Ratro.Knowledge.Cli.Output;

/// <summary>JSON for scripts: camelCase fields, snake_case enum names (kebab-case ingestion statuses), Cyrillic unescaped.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters =
        {
            new JsonStringEnumConverter<IngestionStatus>(JsonNamingPolicy.KebabCaseLower),
            new JsonStringEnumConverter<IngestionFailure>(JsonNamingPolicy.KebabCaseLower),
            new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower),
        },
    };

    public static async Task WriteAsync<T>(TextWriter output, T value)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(value, Options));
    }
}
