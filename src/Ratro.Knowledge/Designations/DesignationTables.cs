using System.Collections.Frozen;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Designations;

/// <summary>The parser's data tables (aliases, issuers, codes, AAPM report pairs, ICRP years), loaded once from embedded TSV.</summary>
internal static class DesignationTables
{
    private static readonly Lazy<FrozenDictionary<string, AliasEntry>> AliasTable = new(LoadAliases);
    private static readonly Lazy<FrozenDictionary<string, string>> IssuerTable = new(LoadIssuers);
    private static readonly Lazy<IReadOnlyList<FederalCodeEntry>> CodeTable = new(LoadCodes);
    private static readonly Lazy<FrozenDictionary<int, AapmReportEntry>> AapmTable = new(LoadAapm);
    private static readonly Lazy<FrozenDictionary<int, int>> IcrpTable = new(LoadIcrp);

    public static FrozenDictionary<string, AliasEntry> Aliases => AliasTable.Value;

    public static FrozenDictionary<string, string> Issuers => IssuerTable.Value;

    public static IReadOnlyList<FederalCodeEntry> Codes => CodeTable.Value;

    public static FrozenDictionary<int, AapmReportEntry> AapmReports => AapmTable.Value;

    public static FrozenDictionary<int, int> IcrpYears => IcrpTable.Value;

    /// <summary>The comparison key of an alias or issuer: single spaces, upper case, folded.</summary>
    public static string Key(string text) => DesignationText.CollapseSpaces(TextFold.Fold(text)).ToUpperInvariant();

    private static FrozenDictionary<string, AliasEntry> LoadAliases() =>
        TsvResource.Read("aliases.tsv")
            .Select(r => new AliasEntry(r[0], r[1], EnumNames.Parse<DesignationFamily>(r[2]), r[3], r.Length > 4 && r[4].Length > 0 ? r[4] : null))
            .ToFrozenDictionary(e => Key(e.Alias), StringComparer.Ordinal);

    private static FrozenDictionary<string, string> LoadIssuers() =>
        TsvResource.Read("issuers.tsv").ToFrozenDictionary(r => Key(r[0]), r => r[1], StringComparer.Ordinal);

    private static IReadOnlyList<FederalCodeEntry> LoadCodes() =>
        TsvResource.Read("codes.tsv").Select(r => new FederalCodeEntry(r[0], r[1], r[2])).ToArray();

    private static FrozenDictionary<int, AapmReportEntry> LoadAapm() =>
        TsvResource.Read("aapm-reports.tsv")
            .Select(r => new AapmReportEntry(int.Parse(r[0]), r[1].Length > 0 ? int.Parse(r[1]) : null, r[2]))
            .ToFrozenDictionary(e => e.Report);

    private static FrozenDictionary<int, int> LoadIcrp() =>
        TsvResource.Read("icrp-years.tsv").ToFrozenDictionary(r => int.Parse(r[0]), r => int.Parse(r[1]));
}
