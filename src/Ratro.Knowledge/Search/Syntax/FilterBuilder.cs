using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search.Syntax;

/// <summary>Collects the field filters typed into a query; an unknown value of a known field is a <see cref="SearchQueryException"/>.</summary>
internal sealed class FilterBuilder
{
    private readonly List<DocumentType> types = [];
    private readonly List<DocumentStatus> statuses = [];
    private readonly List<string> issuers = [];
    private readonly List<string> jurisdictions = [];
    private readonly List<string> ics = [];
    private readonly List<string> languages = [];
    private int? yearFrom;
    private int? yearTo;

    public bool TryAdd(string? field, string value, bool quoted)
    {
        if (field is null || (value.Trim().Length == 0 && !quoted))
        {
            return false;
        }

        value = value.Trim();
        switch (field.ToLowerInvariant())
        {
            case "type":
                types.Add(Parse<DocumentType>(field, value));
                return true;
            case "status":
                statuses.Add(Parse<DocumentStatus>(field, value));
                return true;
            case "lang" or "language":
                languages.Add(value.ToLowerInvariant());
                return true;
            case "issuer":
                issuers.Add(value);
                return true;
            case "jurisdiction":
                jurisdictions.Add(value.ToUpperInvariant());
                return true;
            case "ics":
                ics.Add(value);
                return true;
            case "year":
                ParseYears(value);
                return true;
            default:
                return false;
        }
    }

    public SearchFilters Build() => new()
    {
        Types = types,
        Statuses = statuses,
        Issuers = issuers,
        Jurisdictions = jurisdictions,
        IcsCodes = ics,
        Languages = languages,
        YearFrom = yearFrom,
        YearTo = yearTo,
    };

    private void ParseYears(string value)
    {
        var parts = value.Split(["..", "-", "–"], 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], out var from) || (parts.Length == 2 && parts[1].Length > 0 && !int.TryParse(parts[1], out _)))
        {
            throw new SearchQueryException(
                $"Фильтр year: ожидает год или диапазон (year:2009, year:2000..2010), а не «{value}». / " +
                $"The year: filter takes a year or a range (year:2009, year:2000..2010), not '{value}'.");
        }

        yearFrom = from;
        yearTo = parts.Length == 2 ? parts[1].Length > 0 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null : from;
    }

    private static T Parse<T>(string field, string value) where T : struct, Enum =>
        EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new SearchQueryException(
                $"Фильтр {field}: не знает значения «{value}»; допустимые: {string.Join(", ", EnumNames.All<T>())}. / " +
                $"The {field}: filter has no value '{value}'; use one of: {string.Join(", ", EnumNames.All<T>())}.");
}
