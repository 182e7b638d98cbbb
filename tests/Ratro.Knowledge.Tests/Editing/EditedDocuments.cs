using System.Text;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Ingestion;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Editing;

/// <summary>Markdown documents ingested through the pipeline for the editor's tests, and searches as editors and the public run them.</summary>
internal static class EditedDocuments
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static byte[] Markdown(string designation, string clauseText, string edition = "", string status = "in_force", string extra = "") =>
        Encoding.UTF8.GetBytes($"""
            ---
            designation: {designation}
            title_ru: "Требования к кабинетам брахитерапии"
            type: methodical_guideline
            issuer: Роспотребнадзор
            jurisdiction: RU
            language: ru
            status: {status}
            access: public
            {(edition.Length > 0 ? $"edition: \"{edition}\"" : "")}
            {extra}
            ---

            # Требования к кабинетам брахитерапии

            ## 1. Общие положения

            1.1. {clauseText}

            1.2. Контроль выполняют ежегодно.
            """);

    public static async Task<NormativeDocument> IngestAsync(KnowledgeHost host, byte[] content, PublicationState state = PublicationState.Published, string file = "doc.md")
    {
        var result = await host.Pipeline.IngestAsync(new IngestionRequest { FileName = file, Content = content, State = state }, Ct);
        Assert.True(result.DocumentId is not null, result.Error);
        return (await host.Get<Ratro.Knowledge.Storage.DocumentStore>().GetAsync(result.DocumentId!.Value, Ct))!;
    }

    public static async Task<IReadOnlyList<string>> PublicHitsAsync(KnowledgeHost host, string text) =>
        (await host.Get<ISearchIndex>().SearchAsync(new SearchQuery { Text = text }, Ct)).Hits.Select(h => h.Canonical).ToList();

    public static async Task<IReadOnlyList<string>> EditorHitsAsync(KnowledgeHost host, string text) =>
        (await host.Get<ISearchIndex>().SearchAsync(new SearchQuery { Text = text, IncludeDrafts = true, Access = AccessLevel.Restricted }, Ct))
            .Hits.Select(h => h.Canonical).ToList();
}
