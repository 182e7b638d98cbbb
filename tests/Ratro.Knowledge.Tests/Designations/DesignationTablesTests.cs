using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Tests.Designations;

/// <summary>The parser's data tables agree with the parser.</summary>
public sealed class DesignationTablesTests
{
    [Fact]
    public void Every_alias_parses_to_the_designation_it_stands_for()
    {
        Assert.NotEmpty(DesignationTables.Aliases);
        foreach (var entry in DesignationTables.Aliases.Values)
        {
            var parsed = DesignationParser.Parse(entry.Alias);

            Assert.Equal(entry.Canonical, parsed.Canonical);
            Assert.Equal(entry.Family, parsed.Family);
            Assert.Equal(entry.Jurisdiction, parsed.Jurisdiction);
        }
    }

    [Fact]
    public void Aapm_reports_resolve_to_their_task_group_only_when_the_table_says_so()
    {
        foreach (var entry in DesignationTables.AapmReports.Values)
        {
            var parsed = DesignationParser.Parse($"AAPM Report No. {entry.Report}");

            Assert.Equal(entry.TaskGroup is { } tg ? $"AAPM TG-{tg}" : $"AAPM Report No. {entry.Report}", parsed.Canonical);
            Assert.Contains(entry.Note, parsed.Notes);
        }
    }

    [Fact]
    public void Icrp_citations_by_year_resolve_through_the_year_table()
    {
        foreach (var (year, publication) in DesignationTables.IcrpYears)
        {
            Assert.Equal($"ICRP Publication {publication}", DesignationParser.Parse($"(ICRP, {year})").Canonical);
        }
    }

    [Fact]
    public void Codes_parse_by_abbreviation_and_by_name()
    {
        foreach (var code in DesignationTables.Codes)
        {
            Assert.Equal(code.Canonical, DesignationParser.Parse(code.Abbreviation).Canonical);
            Assert.Equal(code.Canonical, DesignationParser.Parse(code.Canonical).Canonical);
        }
    }
}
