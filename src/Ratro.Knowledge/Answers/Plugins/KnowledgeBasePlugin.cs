using System.ComponentModel;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Answers.Plugins;

/// <summary>
/// The knowledge base as kernel functions — <c>search</c>, <c>get_clause</c>, <c>references</c>, <c>status</c> — for a
/// language model (and later an MCP endpoint). One instance serves one caller: its access level is fixed when it is
/// created and no function takes it as an argument, so a model cannot widen it. A document the caller may not read
/// is answered exactly like a document that does not exist.
/// </summary>
public sealed class KnowledgeBasePlugin(
    AccessLevel access,
    ISearchIndex index,
    DocumentStore store,
    KnowledgeSnapshotProvider snapshots,
    IDocumentStatusDescriber statuses)
{
    private const string NotAvailable = "No document available to you has this designation.";

    public AccessLevel Access => access;

    [KernelFunction("search")]
    [Description("Searches the normative documents (Russian and international) and returns the best matching documents with their best clause.")]
    public async Task<IReadOnlyList<PluginSearchHit>> SearchAsync(
        [Description("What to look for, in Russian or English; designations such as НРБ-99/2009 or TG-142 may be included.")] string query,
        [Description("How many documents to return, 1 to 20.")] int top = 5,
        CancellationToken cancellationToken = default)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var results = await index.SearchAsync(
            new SearchQuery { Text = query, Access = access, Limit = Math.Clamp(top, 1, 20), ClausesPerDocument = 1 }, cancellationToken);
        return results.Hits
            .Select(h => (Hit: h, Document: snapshot.ById.GetValueOrDefault(h.DocumentId)))
            .Where(h => h.Document is not null && KnowledgeSnapshot.IsVisible(h.Document, access))
            .Select(h => new PluginSearchHit(
                h.Document!.Designation,
                h.Document.Canonical,
                h.Document.Title,
                EnumNames.ToName(h.Document.Status),
                h.Hit.Clauses.FirstOrDefault()?.Number,
                h.Hit.Clauses.FirstOrDefault()?.Key,
                PlainSnippet(h.Hit.Clauses.FirstOrDefault()?.Snippet ?? ""),
                AnswerLinks.Document(h.Document)))
            .ToList();
    }

    [KernelFunction("get_clause")]
    [Description("Returns the full text of one clause of a document, with its page, the document's status and a link.")]
    public async Task<PluginClause> GetClauseAsync(
        [Description("The document's designation in any written form, e.g. НРБ-99/2009, СанПиН 2.6.1.2523-09, AAPM TG-142.")] string designation,
        [Description("The clause as printed, e.g. 3.1.2, п. 3.1.2, Таблица 3.1, Table I, Статья 9, Article 9.")] string clause,
        CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(designation, cancellationToken);
        if (document is null)
        {
            return new PluginClause(false, NotAvailable);
        }

        var key = ClauseKeys.Normalize(clause);
        var found = document.Clauses.FirstOrDefault(c => c.Key == key) ?? document.Clauses.FirstOrDefault(c => c.Key.EndsWith("/" + key, StringComparison.Ordinal));
        if (found is null)
        {
            return new PluginClause(false, $"{document.Canonical} has no clause '{clause}'.", document.Designation, document.Canonical);
        }

        return new PluginClause(
            true, null, document.Designation, document.Canonical, found.Number, found.Key, found.Heading, found.Text, found.PageStart,
            EnumNames.ToName(document.Status), AnswerLinks.Clause(document, found));
    }

    [KernelFunction("references")]
    [Description("Lists how a document relates to others: what it cites, supersedes, amends or adopts (outgoing) and what cites, supersedes, amends or adopts it (incoming).")]
    public async Task<IReadOnlyList<PluginReference>> ReferencesAsync(
        [Description("The document's designation in any written form.")] string designation,
        [Description("outgoing, incoming or both.")] string direction = "both",
        CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(designation, cancellationToken);
        if (document is null)
        {
            return [];
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var wanted = direction.Trim().ToLowerInvariant();
        var relations = snapshot.Relations
            .Where(r => snapshot.ById.TryGetValue(r.EvidenceDocumentId, out var evidence) && KnowledgeSnapshot.IsVisible(evidence, access))
            .Where(r => Readable(r.SourceCanonical, snapshot) && Readable(r.TargetCanonical, snapshot));
        var outgoing = wanted is "incoming" ? [] : relations.Where(r => r.SourceCanonical == document.Canonical).Select(r => Reference("outgoing", r));
        var incoming = wanted is "outgoing" ? [] : relations.Where(r => r.TargetCanonical == document.Canonical && r.SourceCanonical != document.Canonical).Select(r => Reference("incoming", r));
        return outgoing.Concat(incoming).Distinct().ToList();
    }

    [KernelFunction("status")]
    [Description("Says whether a document is in force, what superseded it and from when, and what it superseded.")]
    public async Task<PluginStatus> StatusAsync(
        [Description("The document's designation in any written form.")] string designation,
        CancellationToken cancellationToken = default)
    {
        var document = await FindAsync(designation, cancellationToken);
        if (document is null)
        {
            return new PluginStatus(false, null, null, null, NotAvailable, [], [], null);
        }

        var status = await statuses.DescribeAsync(document, access, cancellationToken);
        return new PluginStatus(
            true, document.Designation, document.Canonical, status.StatusName, status.StatusSentence(document.Canonical, "en"),
            status.SupersededBy.Select(s => s.Canonical).ToList(), status.Supersedes.Select(s => s.Canonical).ToList(), document.StatusNote);
    }

    private async Task<NormativeDocument?> FindAsync(string designation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(designation))
        {
            return null;
        }

        var document = await store.FindAsync(designation.Trim(), cancellationToken);
        return document is not null && KnowledgeSnapshot.IsVisible(document, access) ? document : null;
    }

    private bool Readable(string canonical, KnowledgeSnapshot snapshot) =>
        !snapshot.ByCanonical.TryGetValue(canonical, out var held) || KnowledgeSnapshot.IsVisible(held, access);

    private static PluginReference Reference(string direction, DocumentRelation r) => new(
        direction, EnumNames.ToName(r.Type), r.SourceCanonical, r.SourceClause, r.TargetCanonical, r.TargetClause, r.Partial,
        r.EffectiveOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Evidence);

    private static string PlainSnippet(string html) =>
        WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
}
