using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Search.Lucene;

namespace Ratro.Knowledge.Tests.Search.Lucene;

/// <summary>Editions for grouping and facet tests: written out by hand, or drawn from a seeded generator.</summary>
internal static class SampleEditions
{
    private static readonly string[] Issuers = ["IAEA", "Минздрав России", "", "IEC / ISO"];
    private static readonly string[] Languages = ["ru", "en"];
    private static readonly string[][] Ics = [[], ["13.280"], ["13.280", "11.040.50"], ["11.040.50"]];

    public static EditionInfo Edition(
        string canonical, bool current, string designation = "", int year = 2020, string issuer = "IAEA",
        DocumentStatus status = DocumentStatus.InForce, string[]? ics = null, string language = "ru")
    {
        var id = Guid.NewGuid();
        return new(
            StableKey.Of(id),
            id,
            canonical,
            designation.Length > 0 ? designation : canonical,
            [canonical],
            language,
            DocumentType.NationalStandard,
            status,
            issuer,
            "RU",
            ics ?? [],
            AccessLevel.Public,
            current,
            false,
            false,
            year == 0 ? null : new DateOnly(year, 1, 1),
            ValidityInterval.Always);
    }

    /// <summary>Editions of <paramref name="documents"/> documents, one to three each, with coarse (often tied) values.</summary>
    public static List<EditionInfo> Generate(int seed, int documents)
    {
        var random = new Random(seed);
        var result = new List<EditionInfo>();
        for (var d = 0; d < documents; d++)
        {
            var editions = random.Next(1, 4);
            var designation = $"ГОСТ Р {random.Next(1, 40)}";
            for (var e = 0; e < editions; e++)
            {
                result.Add(Edition(
                    $"doc-{d}",
                    e == 0 && random.Next(3) > 0,
                    designation,
                    random.Next(3) == 0 ? 0 : 2000 + random.Next(5),
                    Issuers[random.Next(Issuers.Length)],
                    (DocumentStatus)random.Next(0, 4),
                    Ics[random.Next(Ics.Length)],
                    Languages[random.Next(Languages.Length)]));
            }
        }

        return result.OrderBy(_ => random.Next()).ToList();
    }
}
