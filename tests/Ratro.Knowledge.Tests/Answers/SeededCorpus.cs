using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Corpus.Seeding;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>
/// A temporary data directory seeded once from the repository's corpus (61 documents) with <see cref="CorpusSeeder"/>,
/// shared read-only by the test classes of <see cref="CorpusCollection"/>.
/// </summary>
public sealed class SeededCorpus : IAsyncLifetime
{
    private readonly TempDirectory folder = new();

    public AnswerServices Services { get; private set; } = null!;

    public string Data => Services.Data;

    public async ValueTask InitializeAsync()
    {
        Services = await AnswerServices.OpenAsync(folder.File("data"));
        var report = await Services.Get<CorpusSeeder>().SeedAsync(Path.Combine(RepositoryPaths.Corpus, "manifest.json"), CancellationToken.None);
        if (report.Failed > 0)
        {
            throw new InvalidOperationException($"the corpus did not seed: {string.Join("; ", report.Results.Where(r => r.Error is not null).Select(r => $"{r.File}: {r.Error}"))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        folder.Dispose();
    }
}
