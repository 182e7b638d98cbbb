using Microsoft.Extensions.Options;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Corpus;

/// <summary>
/// Where the glossary is: <c>Search:GlossaryPath</c> from the content root as configured, else the copy of the corpus
/// beside the program (the site ships <c>corpus/</c> in its output, and in development the content root is the
/// project folder). Search expansion and the glossary page read the same file.
/// </summary>
public sealed class GlossaryLocation(IWebHostEnvironment environment) : IPostConfigureOptions<SearchOptions>
{
    public void PostConfigure(string? name, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = Path.GetFullPath(options.GlossaryPath, environment.ContentRootPath);
        var beside = Path.GetFullPath(options.GlossaryPath, AppContext.BaseDirectory);
        options.GlossaryPath = File.Exists(configured) || !File.Exists(beside) ? configured : beside;
    }
}
