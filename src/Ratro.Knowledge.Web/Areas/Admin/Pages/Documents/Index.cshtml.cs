using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Areas.Admin.Pages.Documents;

/// <summary>/admin/documents: every edition, drafts included, with its state and a link to its review.</summary>
public sealed class DocumentsIndexModel(DocumentStore store) : AdminPageModel
{
    public IReadOnlyList<NormativeDocument> Editions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Editions = (await store.ListAllEditionsAsync(cancellationToken))
            .OrderBy(d => d.State == PublicationState.Published)
            .ThenByDescending(d => d.UpdatedAt)
            .ToList();
    }
}
