using System.Security;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.References.Graph;
using Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

namespace Ratro.Knowledge.Tests.References.Graph;

/// <summary>A national standard's preface states its adoption; the graph shows it from both standards.</summary>
public sealed class AdoptionTests
{
    private static readonly string[] Lines =
    [
        "НАЦИОНАЛЬНЫЙ СТАНДАРТ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "ГОСТ Р МЭК 62083—2013",
        "Изделия медицинские электрические. Требования безопасности к системам планирования лучевой терапии",
        "Предисловие",
        "1 ПОДГОТОВЛЕН Всероссийским научно-исследовательским и испытательным институтом медицинской техники",
        "4 Настоящий стандарт идентичен международному стандарту МЭК 62083:2009 «Изделия медицинские электрические. "
            + "Требования безопасности к системам планирования лучевой терапии» (IEC 62083:2009, IDT)",
        "5 ВВЕДЕН ВПЕРВЫЕ",
        "1 Область применения",
        "Настоящий стандарт распространяется на системы планирования лучевой терапии.",
    ];

    [Theory]
    [InlineData("gost-62083.txt")]
    [InlineData("gost-62083.docx")]
    public async Task A_preface_adoption_is_an_identical_adoption_seen_from_both_standards(string fileName)
    {
        await using var graph = await GraphHarness.StartAsync();
        var ingested = fileName.EndsWith(".docx", StringComparison.Ordinal)
            ? await graph.IngestAsync(fileName, Docx())
            : await graph.IngestAsync(fileName, string.Join("\n\n", Lines) + "\n");
        var national = await graph.HeldAsync("ГОСТ Р МЭК 62083-2013");
        var before = Assert.Single(await graph.Get<ReferenceGraph>().CounterpartsAsync(national, GraphHarness.Ct));

        await graph.IngestAsync("iec.md", GraphDocuments.Markdown("IEC 62083:2009", "language: en\nedition: \"Edition 2.0\""));
        var after = Assert.Single(await graph.Get<ReferenceGraph>().CounterpartsAsync(national, GraphHarness.Ct));
        var fromInternational = Assert.Single(await graph.Get<ReferenceGraph>().CounterpartsAsync(await graph.HeldAsync("IEC 62083:2009"), GraphHarness.Ct));

        Assert.Equal("ГОСТ Р МЭК 62083-2013", ingested.Canonical);
        Assert.Equal((RelationType.Adopts, CorrespondenceDegree.Idt, "IEC 62083:2009", true, false),
            (before.Reference.Type, before.Reference.Relation.Degree, before.Other.Display, before.Outgoing, before.OtherResolution.IsResolved));
        Assert.Equal(RelationOrigin.Preface, before.Reference.Relation.Origin);
        Assert.Equal("IEC 62083:2009", after.OtherResolution.Document!.Canonical);
        Assert.Equal((false, "ГОСТ Р МЭК 62083-2013", CorrespondenceDegree.Idt),
            (fromInternational.Outgoing, fromInternational.OtherResolution.Document!.Canonical, fromInternational.Reference.Relation.Degree));
    }

    [Fact]
    public async Task Correspondence_and_implementation_are_seen_both_ways()
    {
        await using var graph = await GraphHarness.StartAsync();
        await graph.IngestAsync("a.md", GraphDocuments.Markdown("МУ 2.6.1.9003-22", "relations:\n  - {type: implements, target: \"Федеральный закон № 3-ФЗ\"}\n  - {type: corresponds_to, target: \"МУ 2.6.1.1001-00\"}"));
        await graph.IngestAsync("law.md", GraphDocuments.Markdown("Федеральный закон № 3-ФЗ", "type: federal_law\napproved: 1996-01-09"));
        await graph.IngestAsync("old.md", GraphDocuments.Markdown("МУ 2.6.1.1001-00"));

        var fromLaw = Assert.Single(await graph.Get<ReferenceGraph>().CounterpartsAsync(await graph.HeldAsync("3-ФЗ"), GraphHarness.Ct));
        var fromOld = Assert.Single(await graph.Get<ReferenceGraph>().CounterpartsAsync(await graph.HeldAsync("МУ 2.6.1.1001-00"), GraphHarness.Ct));
        var fromNew = await graph.Get<ReferenceGraph>().CounterpartsAsync(await graph.HeldAsync("МУ 2.6.1.9003-22"), GraphHarness.Ct);

        Assert.Equal((RelationType.Implements, false, "МУ 2.6.1.9003-22"), (fromLaw.Reference.Type, fromLaw.Outgoing, fromLaw.OtherResolution.Document!.Canonical));
        Assert.Equal((RelationType.CorrespondsTo, false), (fromOld.Reference.Type, fromOld.Outgoing));
        Assert.Equal(2, fromNew.Count(c => c.Outgoing && c.OtherResolution.IsResolved));
    }

    private static byte[] Docx() => new DocxFixture
    {
        Body = string.Concat(Lines.Select(l => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(l)}</w:t></w:r></w:p>")),
    }.Build();
}
