namespace Ratro.Knowledge.Tests.Answers;

/// <summary>One <see cref="SmallStore"/> without a chat endpoint for a test class that only reads it.</summary>
public sealed class SmallStoreFixture : IAsyncLifetime
{
    public SmallStore Store { get; private set; } = null!;

    public AnswerServices Services => Store.Services;

    public async ValueTask InitializeAsync() => Store = await SmallStore.OpenAsync();

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
