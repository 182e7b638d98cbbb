using Microsoft.Extensions.Options;
using Ratro.Knowledge.Glossary;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Web.Terms;

/// <summary>
/// The glossary the search engine expands queries with (<c>Search:GlossaryPath</c>), read once and again whenever the
/// file changes on disk.
/// </summary>
public sealed class GlossaryCatalog(IOptions<SearchOptions> options)
{
    private readonly System.Threading.Lock gate = new();
    private (DateTime Stamp, Glossary.Glossary Glossary)? cached;

    public Glossary.Glossary Current
    {
        get
        {
            var path = options.Value.GlossaryPath;
            var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
            lock (gate)
            {
                if (cached is not { } entry || entry.Stamp != stamp)
                {
                    cached = (stamp, GlossaryLoader.Load(path));
                }

                return cached.Value.Glossary;
            }
        }
    }
}
