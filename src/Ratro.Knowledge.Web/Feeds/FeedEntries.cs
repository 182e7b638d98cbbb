using System.Globalization;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Feeds;

/// <summary>The entries of the two document feeds, newest first, <see cref="MaxEntries"/> at most.</summary>
public static class FeedEntries
{
    public const int MaxEntries = 50;

    /// <summary>Documents as they were added to the site: publication time when an editor published, else when stored.</summary>
    public static IReadOnlyList<AtomEntry> NewDocuments(IEnumerable<NormativeDocument> documents, string baseUrl) =>
        documents
            .OrderByDescending(d => d.PublishedAt ?? d.CreatedAt)
            .ThenBy(d => d.Canonical, StringComparer.Ordinal)
            .Take(MaxEntries)
            .Select(d =>
            {
                var (title, language) = DocumentDisplay.OwnTitle(d);
                return new AtomEntry(
                    $"urn:uuid:{d.Id:D}",
                    $"{d.Designation} — {title}",
                    baseUrl + DocumentLinks.Document(d.Slug),
                    d.PublishedAt ?? d.CreatedAt,
                    Summary(d),
                    language);
            })
            .ToList();

    /// <summary>Documents whose status or current edition changed, each change its own entry.</summary>
    public static IReadOnlyList<AtomEntry> StatusChanges(IEnumerable<NormativeDocument> documents, string baseUrl) =>
        documents
            .Where(d => d.StatusChangedAt is not null)
            .OrderByDescending(d => d.StatusChangedAt)
            .ThenBy(d => d.Canonical, StringComparer.Ordinal)
            .Take(MaxEntries)
            .Select(d =>
            {
                var changed = d.StatusChangedAt!.Value;
                var link = baseUrl + DocumentLinks.Document(d.Slug);
                return new AtomEntry(
                    $"{link}#status-{changed.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}",
                    $"{d.Designation}: {StatusText.For(d.Status)}",
                    link,
                    changed,
                    Summary(d),
                    DocumentDisplay.OwnTitle(d).Language);
            })
            .ToList();

    private static string Summary(NormativeDocument d)
    {
        var parts = new List<string>
        {
            DocumentTypeText.One(d.Type),
            $"{DocumentText.Status}: {StatusText.For(d.Status)} — " +
                (d.StatusVerified is { } v ? DocumentText.StatusVerified.Format(DocumentDisplay.Verified(v)) : DocumentText.StatusNotVerified.ToString()),
            $"{DocumentText.Edition}: {DocumentDisplay.EditionLabel(d)}",
        };
        if (DocumentDisplay.OtherTitle(d) is { } other)
        {
            parts.Add(other.Text);
        }

        if (d.IsDigest)
        {
            parts.Add(DocumentText.DigestNotice);
        }

        return string.Join(". ", parts.Select(p => p.TrimEnd('.')));
    }
}
