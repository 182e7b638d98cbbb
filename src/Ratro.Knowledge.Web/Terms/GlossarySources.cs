using System.Collections.Concurrent;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Terms;

/// <summary>
/// Which stored document a glossary source names ("СанПиН 2.6.1.2523-09", "IAEA TRS-398"), found the way the store finds
/// documents by designation. Answers are kept until a document changes (it listens to the store's changes).
/// </summary>
public sealed class GlossarySources(DocumentStore store) : IDocumentChangeListener
{
    private readonly ConcurrentDictionary<string, NormativeDocument?> resolved = new(StringComparer.Ordinal);
    private IReadOnlyList<NormativeDocument>? current;
    private IReadOnlyList<DocumentKey>? keys;

    public async Task<IReadOnlyDictionary<string, NormativeDocument>> ResolveAsync(IEnumerable<string> sources, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NormativeDocument>(StringComparer.Ordinal);
        foreach (var source in sources.Distinct(StringComparer.Ordinal))
        {
            if (!resolved.TryGetValue(source, out var document))
            {
                document = await LocateAsync(source, cancellationToken);
                resolved[source] = document;
            }

            if (document is not null)
            {
                found[source] = document;
            }
        }

        return found;
    }

    public Task OnDocumentChangedAsync(string canonical, CancellationToken cancellationToken)
    {
        current = null;
        keys = null;
        resolved.Clear();
        return Task.CompletedTask;
    }

    private async Task<NormativeDocument?> LocateAsync(string source, CancellationToken cancellationToken)
    {
        var documents = current ??= await store.ListAsync(cancellationToken);
        var index = keys ??= documents.Select(d => new DocumentKey(d.Id, d.IsCurrentEdition, d.Canonical, d.Designation, d.Slug, d.Aliases)).ToList();
        return DocumentLocator.Locate(index, source) is { } id ? documents.First(d => d.Id == id) : null;
    }
}
