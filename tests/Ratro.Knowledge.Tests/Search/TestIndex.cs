using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Search;

/// <summary>An engine seeded for one test and its folder; disposing closes the engine and deletes the folder.</summary>
public sealed class TestIndex(ISearchIndex index, TempDirectory folder) : IAsyncDisposable
{
    public ISearchIndex Index => index;

    public string Folder => folder.Path;

    public async ValueTask DisposeAsync()
    {
        await index.DisposeAsync();
        folder.Dispose();
    }
}
