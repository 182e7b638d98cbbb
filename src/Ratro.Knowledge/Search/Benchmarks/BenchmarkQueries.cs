using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Search.Benchmarks;

/// <summary>
/// The fixed mixed query set of the search benchmark: Russian and English words, designations in several written
/// forms, filtered queries, and (when vectors are on) hybrid English questions. Fixed so runs compare.
/// </summary>
public static class BenchmarkQueries
{
    private static readonly string[] Russian =
    [
        "пределы доз персонала группы А", "контроль выхода ускорителя ежедневно", "защита от излучения ускорителей электронов",
        "индивидуальный дозиметрический контроль персонала", "санитарно-защитная зона радиационного объекта",
        "облучение пациентов при лучевой терапии", "поглощённая доза в воде калибровка", "требования к размещению кабинетов",
        "радиационная авария", "категории радиационных объектов",
    ];

    private static readonly string[] English =
    [
        "dose limit lens of the eye", "daily output constancy tolerance", "absorbed dose to water calibration",
        "multileaf collimator quality assurance", "treatment planning system safety", "occupational exposure effective dose",
        "patient dose records", "shielding design workload", "medical exposure justification", "isocentre accuracy",
    ];

    private static readonly string[] Designations =
    [
        "НРБ-99/2009", "нрб 99 2009 персонал", "ГОСТ Р МЭК 62083", "TRS 398", "iec 60601-2-1", "ICRP 103", "TG-142",
        "10 CFR 20.1201", "СП 2.6.1.2612-10", "ОСПОРБ-99/2010 контролируемая зона",
    ];

    private static readonly string[] Hybrid =
    [
        "how often must the output of a linear accelerator be checked", "what limits apply to workers exposed to radiation",
        "how is the beam calibrated in water", "who is responsible for patient protection", "what must a shielding report contain",
    ];

    public static IReadOnlyList<BenchmarkQuery> Mixed(bool hybrid)
    {
        var queries = new List<BenchmarkQuery>();
        queries.AddRange(Russian.Select(q => new BenchmarkQuery("ru", Text(q))));
        queries.AddRange(English.Select(q => new BenchmarkQuery("en", Text(q))));
        queries.AddRange(Designations.Select(q => new BenchmarkQuery("designation", Text(q))));
        queries.AddRange(Filtered());
        if (hybrid)
        {
            queries.AddRange(Hybrid.Concat(English.Take(5)).Select(q => new BenchmarkQuery("hybrid", Text(q) with { Hybrid = true })));
        }

        return queries;
    }

    private static SearchQuery Text(string text) => new() { Text = text, Hybrid = false };

    private static IEnumerable<BenchmarkQuery> Filtered()
    {
        yield return new("filtered", Text(Russian[0]) with { Filters = new SearchFilters { Types = [DocumentType.SanitaryRules, DocumentType.SanitaryNorms] } });
        yield return new("filtered", Text(Russian[1]) with { Filters = new SearchFilters { Statuses = [DocumentStatus.InForce] } });
        yield return new("filtered", Text(Russian[2]) with { Filters = new SearchFilters { InForceOn = new DateOnly(2012, 6, 1) } });
        yield return new("filtered", Text(English[0]) with { Filters = new SearchFilters { Languages = ["en"] } });
        yield return new("filtered", Text(English[1]) with { Filters = new SearchFilters { Issuers = ["AAPM"] } });
        yield return new("filtered", Text(English[2]) with { Filters = new SearchFilters { YearFrom = 2000, YearTo = 2020 } });
        yield return new("filtered", Text("контроль type:ministry_order"));
        yield return new("filtered", Text("\"контроль качества\" -рентген"));
        yield return new("filtered", Text(English[3]) with { Sort = SearchSort.Date });
        yield return new("filtered", Text(Russian[3]) with { Offset = 20 });
    }
}
