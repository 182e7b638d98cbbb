using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Puts documents into the site's store directly, the way ingestion would leave them, and tells the index.</summary>
public static class StoreSeed
{
    /// <summary>Adds a clause (under <paramref name="parent"/> when given) with text, pages, tables and footnotes.</summary>
    public static Clause AddClause(
        this NormativeDocument document,
        string number,
        string text,
        string? heading = null,
        Clause? parent = null,
        int? page = null,
        int? pageEnd = null,
        ClauseTable? table = null,
        Footnote? footnote = null,
        string? key = null)
    {
        key ??= ClauseKeys.Normalize(number);
        var clause = new Clause
        {
            DocumentId = document.Id,
            ParentId = parent?.Id,
            Depth = parent is null ? 0 : parent.Depth + 1,
            Ordinal = document.Clauses.Count,
            Number = number,
            Key = key,
            Heading = heading,
            Text = text,
            PageStart = page,
            PageEnd = pageEnd ?? page,
            Tables = table is null ? [] : [table],
            Footnotes = footnote is null ? [] : [footnote],
        };
        document.Clauses.Add(clause);
        return clause;
    }

    public static NormativeDocument Make(
        string designation,
        DocumentType type,
        DateTimeOffset createdAt,
        AccessLevel access = AccessLevel.Public,
        PublicationState state = PublicationState.Published,
        string? titleRu = null,
        string? titleEn = null) => new()
    {
        Designation = designation,
        Canonical = designation,
        Slug = Slugs.ForCanonical(designation),
        TitleRu = titleRu ?? $"Документ {designation}",
        TitleEn = titleEn,
        Type = type,
        Status = DocumentStatus.InForce,
        Access = access,
        State = state,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    public static async Task SeedAsync(SiteFactory site, params NormativeDocument[] documents)
    {
        var store = site.Services.GetRequiredService<DocumentStore>();
        foreach (var document in documents)
        {
            var content = Encoding.UTF8.GetBytes($"# {document.Designation}\n");
            document.Source = new SourceFile
            {
                FileName = document.Slug + ".md",
                Size = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                Format = "markdown",
                MediaType = "text/markdown",
            };
            await store.SaveAsync(document, content, TestContext.Current.CancellationToken);
            foreach (var listener in site.Services.GetServices<IDocumentChangeListener>())
            {
                await listener.OnDocumentChangedAsync(document.Canonical, TestContext.Current.CancellationToken);
            }
        }
    }
}
