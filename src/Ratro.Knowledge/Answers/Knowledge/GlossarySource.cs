using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Answers.Knowledge;

/// <summary>
/// The glossary the search engine uses (<c>Search:GlossaryPath</c>, relative to the content root), loaded once as a
/// <see cref="ConceptLexicon"/>. An absent file gives an empty lexicon and <see cref="Problem"/> says so.
/// </summary>
public sealed class GlossarySource
{
    private readonly Lazy<(ConceptLexicon Lexicon, string? Problem)> loaded;

    public GlossarySource(IOptions<SearchOptions> options, IHostEnvironment? environment = null)
    {
        var root = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        var path = Path.GetFullPath(options.Value.GlossaryPath, root);
        loaded = new Lazy<(ConceptLexicon, string?)>(() =>
        {
            var glossary = GlossaryLoader.Load(path);
            return (new ConceptLexicon(glossary), glossary.Problem);
        });
    }

    public ConceptLexicon Lexicon => loaded.Value.Lexicon;

    public string? Problem => loaded.Value.Problem;
}
