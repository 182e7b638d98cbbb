using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Web.Tests.Support;

/// <summary>Puts documents into the site's store directly, the way ingestion would leave them.</summary>
public static class StoreSeed
{
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
        }
    }
}
