using System.Globalization;
using System.Text;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Corpus.Synthesis;

/// <summary>Writes the YAML front matter of a synthetic document (corpus/README.md keys, plus <c>synthetic: true</c>).</summary>
internal static class SyntheticFrontMatter
{
    public static void Write(StringBuilder yaml, SyntheticIdentity identity, string? titleRu, string? titleEn, IEnumerable<string> cited, int seed)
    {
        yaml.Append("---\n");
        Line(yaml, "designation", Quote(identity.Designation));
        if (titleRu is not null)
        {
            Line(yaml, "title_ru", Quote(titleRu));
        }

        if (titleEn is not null)
        {
            Line(yaml, "title_en", Quote(titleEn));
        }

        Line(yaml, "type", EnumNames.ToName(identity.Family.Type));
        Line(yaml, "issuer", Quote(identity.Family.Issuer));
        Line(yaml, "jurisdiction", identity.Family.Jurisdiction);
        Line(yaml, "language", identity.Language);
        if (identity.Status != DocumentStatus.Draft)
        {
            Line(yaml, "approved", Date(identity.Approved));
            Line(yaml, "effective", Date(identity.Effective));
        }

        if (identity.Withdrawn is { } withdrawn)
        {
            Line(yaml, "withdrawn", Date(withdrawn));
        }

        Line(yaml, "status", EnumNames.ToName(identity.Status));
        if (identity.StatusVerified is { } verified)
        {
            Line(yaml, "status_verified", verified);
        }

        if (identity.Status == DocumentStatus.Unknown)
        {
            Line(yaml, "status_note", Quote(identity.Language == "ru"
                ? "Статус не проверен: синтетический документ для нагрузочных испытаний."
                : "Status not verified: synthetic document for benchmarks."));
        }

        Line(yaml, "access", EnumNames.ToName(identity.Access));
        Line(yaml, "synthetic", "true");
        WriteRelations(yaml, identity.Supersedes, cited);
        yaml.Append("sources:\n  - ").Append(Quote(string.Create(CultureInfo.InvariantCulture, $"ratro corpus synth, seed {seed}"))).Append('\n');
        yaml.Append("---\n\n");
    }

    private static void WriteRelations(StringBuilder yaml, string? supersedes, IEnumerable<string> cited)
    {
        var relations = new List<(string Type, string Target)>();
        if (supersedes is not null)
        {
            relations.Add(("supersedes", supersedes));
        }

        relations.AddRange(cited.Select(c => ("cites", c)));
        if (relations.Count == 0)
        {
            return;
        }

        yaml.Append("relations:\n");
        foreach (var (type, target) in relations)
        {
            yaml.Append("  - type: ").Append(type).Append("\n    target: ").Append(Quote(target)).Append('\n');
        }
    }

    private static void Line(StringBuilder yaml, string key, string value) => yaml.Append(key).Append(": ").Append(value).Append('\n');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
