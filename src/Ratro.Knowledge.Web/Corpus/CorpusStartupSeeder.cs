using Microsoft.Extensions.Options;
using Ratro.Knowledge.Corpus;
using Ratro.Knowledge.Corpus.Seeding;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Corpus;

/// <summary>
/// Loads the corpus manifest into the store at start (each document goes through the ingestion pipeline, which also
/// indexes it). Idempotent: files stored before report unchanged after a hash lookup. A file that fails is logged and
/// the site still starts; a missing manifest is logged too, since a site without the corpus is still a site.
/// </summary>
public sealed class CorpusStartupSeeder(
    CorpusSeeder seeder, IOptions<CorpusOptions> corpus, IOptions<CorpusStartupOptions> startup, ILogger<CorpusStartupSeeder> logger)
    : IStartupSeeder
{
    public string Name => "corpus";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!startup.Value.SeedOnStart)
        {
            logger.LogInformation("Corpus seeding is off (Corpus:SeedOnStart=false)");
            return;
        }

        try
        {
            var report = await seeder.SeedAsync(corpus.Value.ResolveManifest(), cancellationToken);
            foreach (var failed in report.Results.Where(r => r.Error is not null))
            {
                logger.LogWarning("Corpus file {File} was not loaded: {Error}", failed.File, failed.Error);
            }
        }
        catch (CorpusException e)
        {
            logger.LogWarning("The corpus was not seeded: {Reason}", e.Message);
        }
    }
}
