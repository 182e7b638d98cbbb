using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Elasticsearch.Tests.Support;

/// <summary>Documents with fixed ids, so the requests that carry them are the same on every run.</summary>
public static class KnownDocuments
{
    /// <summary>НРБ-99/2009 as СанПиН 2.6.1.2523-09: one current edition, a title, an alias, two clauses (one with heading and pages).</summary>
    public static NormativeDocument Nrb() => Fix(
        DocumentBuilder.Ru("НРБ-99/2009").Canonical("СанПиН 2.6.1.2523-09").Alias("НРБ-99/2009").Title("Нормы радиационной безопасности")
            .Type(DocumentType.SanitaryRules).Issuer("Роспотребнадзор").Jurisdiction("ru").Ics("13.280").Effective("2009-09-01")
            .Clause("3.1.2", "Пределы доз персонала группы А: 20 мЗв в год.", "Пределы доз", page: 12, pageEnd: 13)
            .Clause("3.1.3", "Облучённые лица проходят осмотр.")
            .Build(),
        1);

    /// <summary>An English standard, superseded, with a withdrawal date.</summary>
    public static NormativeDocument Iec() => Fix(
        DocumentBuilder.En("IEC 60601-2-1:2009").Canonical("IEC 60601-2-1").Title("Particular requirements for electron accelerators")
            .Type(DocumentType.InternationalStandard).Status(DocumentStatus.Superseded).Issuer("IEC").Jurisdiction("INT")
            .Effective("2009-10-01").Withdrawn("2020-11-01")
            .Clause("201.10", "Protection against unwanted radiation from the accelerator.")
            .Build(),
        2);

    private static NormativeDocument Fix(NormativeDocument document, int n)
    {
        document.Id = Guid.Parse($"5d1c7a52-0000-4000-8000-{n:D4}00000000");
        for (var i = 0; i < document.Clauses.Count; i++)
        {
            document.Clauses[i].Id = Guid.Parse($"5d1c7a52-0000-4000-8000-{n:D4}000000{i + 1:D2}");
            document.Clauses[i].DocumentId = document.Id;
        }

        return document;
    }
}
