using Microsoft.Extensions.Options;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Web.Hosting;

namespace Ratro.Knowledge.Web.Corpus;

public static class CorpusExtensions
{
    /// <summary>The corpus and the search index at start: seed (Corpus:SeedOnStart), then check the index against the store.</summary>
    public static WebApplicationBuilder AddRatroCorpusSeeding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusStartupOptions>().BindConfiguration(CorpusStartupOptions.Section);
        builder.Services.AddSingleton<IPostConfigureOptions<SearchOptions>, GlossaryLocation>();
        builder.Services.AddStartupSeeder<CorpusStartupSeeder>();
        builder.Services.AddStartupSeeder<SearchIndexStartupCheck>();
        return builder;
    }
}
