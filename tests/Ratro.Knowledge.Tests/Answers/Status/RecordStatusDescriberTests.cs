using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Tests.Answers.Status;

/// <summary>Status from the records and supersession relations of the seeded corpus.</summary>
[Collection(CorpusCollection.Name)]
public sealed class RecordStatusDescriberTests(SeededCorpus corpus)
{
    [Theory]
    [InlineData("IAEA Safety Series No. 115", "superseded", "IAEA GSR Part 3", false)]
    [InlineData("ICRP Publication 60", "superseded", "ICRP Publication 103", false)]
    [InlineData("Приказ Минздрава России № 915н", "superseded", "Приказ Минздрава России № 116н", false)]
    [InlineData("ГОСТ Р МЭК 60976-99", "withdrawn", "ГОСТ IEC 60976-2011", false)]
    [InlineData("AAPM TG-40", "in_force", "AAPM TG-142", true)]
    public async Task A_document_is_described_with_what_superseded_it(string canonical, string status, string successor, bool partial)
    {
        var description = await DescribeAsync(canonical, AccessLevel.Public);

        Assert.Equal(status, description.StatusName);
        var link = Assert.Single(description.SupersededBy);
        Assert.Equal(successor, link.Canonical);
        Assert.Equal(partial, link.Partial);
    }

    [Theory]
    [InlineData("IAEA GSR Part 3")]
    [InlineData("СанПиН 2.6.1.2523-09")]
    public async Task A_document_in_force_is_never_reported_wholly_superseded(string canonical)
    {
        var description = await DescribeAsync(canonical, AccessLevel.Public);

        Assert.True(description.InForce);
        Assert.All(description.SupersededBy, l => Assert.True(l.Partial));
    }

    [Fact]
    public async Task The_successor_date_is_given_when_the_relation_has_one()
    {
        var description = await DescribeAsync("Приказ Минздрава России № 915н", AccessLevel.Public);

        Assert.Equal(new DateOnly(2022, 1, 1), description.SupersededBy[0].From);
        Assert.Contains("(с 01.01.2022)", description.Note("ru"));
    }

    private async Task<DocumentStatusDescription> DescribeAsync(string canonical, AccessLevel access)
    {
        var snapshot = await corpus.Services.Get<KnowledgeSnapshotProvider>().GetAsync(TestContext.Current.CancellationToken);
        return await corpus.Services.Get<IDocumentStatusDescriber>().DescribeAsync(snapshot.ByCanonical[canonical], access, TestContext.Current.CancellationToken);
    }
}
