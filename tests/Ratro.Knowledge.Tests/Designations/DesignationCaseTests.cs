using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Designations;

/// <summary>The table of designation strings (designation-cases.tsv): every example of the designation patterns and variants.</summary>
public sealed class DesignationCaseTests
{
    public static TheoryData<DesignationCase> Cases => new(DesignationCase.Load());

    [Fact]
    public void The_table_holds_at_least_150_cases_including_refusals()
    {
        var cases = DesignationCase.Load();

        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        Assert.Contains(cases, c => !c.IsDesignation);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_to_the_expected_designation(DesignationCase row)
    {
        var parsed = DesignationParser.TryParse(row.Input, out var designation);

        if (!row.IsDesignation)
        {
            Assert.False(parsed, $"'{row.Input}' should not be a designation, parsed as {designation?.Canonical}");
            return;
        }

        Assert.True(parsed, $"'{row.Input}' was not parsed");
        Assert.Equal(row.Canonical, designation!.Canonical);
        Assert.Equal(row.Family, EnumNames.ToName(designation.Family));
        Assert.Equal(row.Year.Length == 0 ? null : int.Parse(row.Year), designation.Year);
        Assert.Equal(row.Edition.Length == 0 ? null : row.Edition, designation.Edition);
        Assert.Equal(row.Adopts.Length == 0 ? null : row.Adopts, designation.Adopts?.Canonical);
        if (row.Warning.Length == 0)
        {
            Assert.Empty(designation.Warnings);
        }
        else
        {
            Assert.Contains(designation.Warnings, w => w.Contains(row.Warning, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_canonical_form_parses_to_itself(DesignationCase row)
    {
        if (!row.IsDesignation)
        {
            return;
        }

        var first = DesignationParser.Parse(row.Input);
        var again = DesignationParser.Parse(first.Canonical);

        Assert.Equal(first.Canonical, again.Canonical);
        Assert.Equal(first.WorkKey, again.WorkKey);
        Assert.Equal(first.Family, again.Family);
    }
}
