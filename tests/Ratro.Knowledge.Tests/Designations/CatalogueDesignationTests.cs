using Ratro.Knowledge.Designations;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Designations;

/// <summary>Every designation of the shared catalogue (read at test time) parses back to its canonical form.</summary>
public sealed class CatalogueDesignationTests
{
    private static IReadOnlyList<string[]> Rows()
    {
        var path = RepositoryPaths.SharedFile("domain/catalogue.tsv");
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
    }

    [Fact]
    public void Every_canonical_designation_parses_to_itself()
    {
        var rows = Rows();
        var failures = new List<string>();
        foreach (var canonical in rows.Select(r => r[0]))
        {
            if (!DesignationParser.TryParse(canonical, out var parsed) || parsed.Canonical != canonical)
            {
                failures.Add($"{canonical} → {parsed?.Canonical ?? "not parsed"}");
            }
        }

        Assert.True(rows.Count >= 60, $"the catalogue has {rows.Count} rows");
        Assert.Empty(failures);
    }

    [Fact]
    public void Russian_forms_of_the_catalogue_name_the_same_work()
    {
        var failures = new List<string>();
        foreach (var row in Rows().Where(r => r[1].Length > 0))
        {
            var canonical = DesignationParser.Parse(row[0]);
            foreach (var form in row[1].Trim('"').Split("; "))
            {
                if (!DesignationParser.TryParse(form, out var parsed) || parsed.WorkKey != canonical.WorkKey)
                {
                    failures.Add($"{form} → {parsed?.WorkKey ?? "not parsed"}, expected {canonical.WorkKey}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Designations_the_catalogue_references_are_all_parsed()
    {
        var failures = new List<string>();
        foreach (var reference in Rows().Where(r => r.Length > 9).SelectMany(r => r[9].Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!DesignationParser.TryParse(reference, out _))
            {
                failures.Add(reference);
            }
        }

        Assert.Empty(failures);
    }
}
