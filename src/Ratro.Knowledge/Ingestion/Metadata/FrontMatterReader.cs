using System.Globalization;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Ingestion.Metadata;

/// <summary>
/// Reads the corpus front matter (see corpus/README.md) into metadata. A value of the wrong form is an
/// error naming the key, never silently dropped.
/// </summary>
public static class FrontMatterReader
{
    public static DocumentMetadata Read(IReadOnlyDictionary<string, object?> values, string fileName)
    {
        var reader = new Values(values, fileName);
        var designation = reader.String("designation");
        return new DocumentMetadata
        {
            Designation = reader.String("printed") ?? designation,
            Canonical = designation,
            Aliases = reader.List("aliases"),
            TitleRu = reader.String("title_ru"),
            TitleEn = reader.String("title_en"),
            Type = reader.Enum("type", DocumentType.Other),
            Issuer = reader.String("issuer"),
            Jurisdiction = reader.String("jurisdiction"),
            Language = reader.String("language") ?? "ru",
            Status = reader.Enum("status", DocumentStatus.Unknown),
            StatusVerified = reader.PartialDate("status_verified"),
            StatusNote = reader.String("status_note"),
            ApprovedOn = reader.Date("approved"),
            EffectiveOn = reader.Date("effective"),
            WithdrawnOn = reader.Date("withdrawn"),
            IcsCodes = reader.List("ics"),
            Access = reader.Enum("access", AccessLevel.Public),
            Edition = reader.String("edition"),
            EditionDate = reader.Date("edition_date"),
            IsDigest = reader.Bool("digest"),
            IsSynthetic = reader.Bool("synthetic"),
            Relations = FrontMatterRelations.Read(reader, designation ?? ""),
        };
    }

    /// <summary>Typed access to front matter values with errors that name the file and key.</summary>
    internal sealed class Values(IReadOnlyDictionary<string, object?> values, string fileName)
    {
        public string FileName => fileName;

        public bool TryGetRaw(string key, out object? value) => values.TryGetValue(key, out value);

        public string? String(string key) => values.TryGetValue(key, out var v) ? AsString(v, key) : null;

        public string? AsString(object? value, string key) => value switch
        {
            null => null,
            string s => s.Trim().Length == 0 ? null : s.Trim(),
            IConvertible c => Convert.ToString(c, CultureInfo.InvariantCulture),
            _ => throw Error(key, "must be a single value, not a list or a map"),
        };

        public IReadOnlyList<string> List(string key) => values.TryGetValue(key, out var v) ? AsList(v, key) : [];

        public IReadOnlyList<string> AsList(object? value, string key) => value switch
        {
            null => [],
            string s => s.Trim().Length == 0 ? [] : [s.Trim()],
            IEnumerable<object?> items => items.Select(i => AsString(i, key)).OfType<string>().ToList(),
            _ => throw Error(key, "must be a list of values"),
        };

        public T Enum<T>(string key, T fallback) where T : struct, Enum
        {
            var text = String(key);
            if (text is null)
            {
                return fallback;
            }

            return EnumNames.TryParse<T>(text, out var value)
                ? value
                : throw Error(key, $"is '{text}'; expected one of: {string.Join(", ", EnumNames.All<T>())}");
        }

        public DateOnly? Date(string key) => AsDate(String(key), key);

        public DateOnly? AsDate(string? text, string key)
        {
            if (text is null)
            {
                return null;
            }

            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error(key, $"is '{text}'; expected a date as YYYY-MM-DD");
        }

        public string? PartialDate(string key)
        {
            var text = String(key);
            if (text is null)
            {
                return null;
            }

            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            return ok ? text : throw Error(key, $"is '{text}'; expected YYYY-MM-DD or YYYY-MM");
        }

        public bool Bool(string key)
        {
            var text = String(key);
            return text is null ? false : bool.TryParse(text, out var b) ? b : throw Error(key, $"is '{text}'; expected true or false");
        }

        public IngestionException Error(string key, string problem) =>
            new(IngestionFailure.InvalidFrontMatter, $"'{fileName}': front matter '{key}' {problem}.");
    }
}
