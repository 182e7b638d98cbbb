using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Corpus.Renditions;

/// <summary>
/// What ingestion extracted from a rendition, as golden JSON: the record's designation, canonical key and page
/// count, the clause tree in reading order (key, number, heading, pages) and the references found in the text
/// (source clause, type, target, target clause).
/// </summary>
public static class RenditionGolden
{
    public const string UpdateVariable = "RATRO_UPDATE_GOLDEN";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True only when the environment asks for goldens to be rewritten (RATRO_UPDATE_GOLDEN=1).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static JsonObject Of(string file, NormativeDocument document)
    {
        var ordinals = document.Clauses.ToDictionary(c => c.Key, c => c.Ordinal, StringComparer.Ordinal);
        var clauses = new JsonArray();
        foreach (var clause in document.Clauses.OrderBy(c => c.Ordinal))
        {
            clauses.Add(new JsonObject
            {
                ["key"] = clause.Key,
                ["number"] = clause.Number,
                ["heading"] = clause.Heading,
                ["pageStart"] = clause.PageStart,
                ["pageEnd"] = clause.PageEnd,
            });
        }

        return new JsonObject
        {
            ["file"] = file,
            ["designation"] = document.Designation,
            ["canonical"] = document.Canonical,
            ["pages"] = document.PageCount,
            ["clauses"] = clauses,
            ["references"] = References(document.Relations, ordinals),
        };
    }

    /// <summary>The text references of a document in reading order (source clause, then position in its text).</summary>
    public static JsonArray References(IEnumerable<DocumentRelation> relations, IReadOnlyDictionary<string, int> ordinals)
    {
        var array = new JsonArray();
        var ordered = relations
            .Where(r => r.Origin == RelationOrigin.Text)
            .OrderBy(r => r.SourceClause is { } k && ordinals.TryGetValue(k, out var o) ? o : -1)
            .ThenBy(r => r.Position ?? -1)
            .ThenBy(r => EnumNames.ToName(r.Type), StringComparer.Ordinal)
            .ThenBy(r => r.TargetCanonical, StringComparer.Ordinal)
            .ThenBy(r => r.TargetClause ?? "", StringComparer.Ordinal);
        foreach (var relation in ordered)
        {
            array.Add(new JsonObject
            {
                ["sourceClause"] = relation.SourceClause,
                ["type"] = EnumNames.ToName(relation.Type),
                ["target"] = relation.TargetCanonical,
                ["targetClause"] = relation.TargetClause,
            });
        }

        return array;
    }

    public static string Format(JsonNode node) => node.ToJsonString(Pretty) + "\n";

    public static JsonObject? Read(string path) =>
        File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : null;

    public static void Write(string path, JsonNode node)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Format(node));
    }
}
