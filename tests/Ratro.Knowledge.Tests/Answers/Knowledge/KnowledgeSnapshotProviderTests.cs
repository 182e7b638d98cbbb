using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Answers.Knowledge;

/// <summary>The snapshot answers read: published current editions only, with the words of their clauses counted.</summary>
public sealed class KnowledgeSnapshotProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drafts_are_neither_held_nor_counted_and_a_change_rebuilds_the_snapshot()
    {
        await using var store = await SmallStore.OpenAsync();
        var provider = store.Services.Get<KnowledgeSnapshotProvider>();
        var before = await provider.GetAsync(Ct);

        await store.Services.StoreAsync(
            DocumentBuilder.Ru("МР 1.1.1-01").Title("Опубликованная методика").Clause("1", "Калибровочный фантом проверяют ежеквартально.").Build(),
            DocumentBuilder.Ru("МР 2.2.2-02").Title("Черновик методики").Draft().Clause("1", "Криогенный резервуар проверяют ежеквартально.").Build());
        var after = await provider.GetAsync(Ct);

        Assert.NotSame(before, after);
        Assert.Contains(after.Documents, d => d.Designation == "МР 1.1.1-01");
        Assert.DoesNotContain(after.Documents, d => d.Designation == "МР 2.2.2-02");
        Assert.All(after.Documents, d => Assert.Empty(d.Clauses));
        Assert.Equal(1, after.Terms.Frequency(Words.Stem("Калибровочный")));
        Assert.Equal(0, after.Terms.Frequency(Words.Stem("Криогенный")));
        Assert.Equal(1, after.Terms.Frequency(Words.Stem("ежеквартально")));
        Assert.Equal(before.Terms.ClauseCount + 1, after.Terms.ClauseCount);
    }
}
