namespace Ratro.Knowledge.Tests.Designations;

/// <summary>One row of designation-cases.tsv.</summary>
public sealed record DesignationCase(int Line, string Input, string Canonical, string Family, string Year, string Edition, string Adopts, string Warning)
{
    public bool IsDesignation => Canonical != "-";

    public static IReadOnlyList<DesignationCase> Load()
    {
        var cases = new List<DesignationCase>();
        var number = 0;
        foreach (var line in File.ReadLines(TestData.Path("Designations", "designation-cases.tsv")))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("input\t", StringComparison.Ordinal))
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length != 7)
            {
                throw new InvalidDataException($"designation-cases.tsv line {number}: expected 7 columns, found {c.Length}");
            }

            cases.Add(new DesignationCase(number, c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }

        return cases;
    }

    public override string ToString() => $"{Line}: {Input}";
}
