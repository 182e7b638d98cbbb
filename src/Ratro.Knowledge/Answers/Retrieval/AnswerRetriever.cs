using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;

namespace Ratro.Knowledge.Answers.Retrieval;

/// <summary>
/// Finds the clauses that may answer a question, only in documents the caller may read: the hybrid clause search
/// (its query carries the caller's access level, and the in-force day when the question asks for what is in force),
/// every clause of the best search documents and of the documents the question names (looked up in the snapshot of
/// documents the caller may read),
/// the clauses it names directly, and for a status question the documents that replaced or were replaced by the
/// named ones.
/// </summary>
public sealed class AnswerRetriever(
    ISearchIndex index,
    ClauseCache clauses,
    IDocumentStatusDescriber statuses,
    IOptions<AnswerOptions> options,
    TimeProvider time)
{
    public async Task<RetrievalResult> RetrieveAsync(
        QuestionAnalysis question, KnowledgeSnapshot snapshot, AccessLevel access, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var (hits, ranked) = await SearchAsync(question, snapshot, access, notes, cancellationToken);
        var named = question.Documents.Select(d => d.Document).ToList();
        var related = question.AsksStatus ? await RelatedAsync(named, snapshot, access, cancellationToken) : [];
        var searched = ranked.Take(options.Value.WholeDocuments).ToList();
        var hitDocuments = ranked.Skip(options.Value.WholeDocuments).ToList();
        var whole = named.Concat(related).Concat(searched).DistinctBy(d => d.Id).ToList();
        var prepared = await clauses.OfDocumentsAsync(whole.Concat(hitDocuments).DistinctBy(d => d.Id).ToList(), cancellationToken);
        var missing = new List<ClauseReference>();
        var wanted = NamedClauses.Select(named.SelectMany(n => prepared[n.Id]).Select(p => p.Clause).ToList(), question.Clauses, missing);
        var candidates = new Dictionary<Guid, CandidateClause>();
        foreach (var document in whole)
        {
            foreach (var clause in prepared[document.Id])
            {
                var (origin, prior) = wanted.Contains(clause.Clause.Id) ? (CandidateOrigin.NamedClause, 1.0)
                    : named.Any(n => n.Id == document.Id) ? (CandidateOrigin.NamedDocument, 0.5)
                    : related.Any(r => r.Id == document.Id) ? (CandidateOrigin.Status, 0.5)
                    : (CandidateOrigin.Search, 0.3 / (1 + (0.2 * searched.IndexOf(document))));
                candidates[clause.Clause.Id] = new CandidateClause(document, clause, origin, Math.Max(prior, hits.GetValueOrDefault(clause.Clause.Id)));
            }
        }

        foreach (var document in hitDocuments.Where(d => !candidates.Values.Any(c => c.Document.Id == d.Id)))
        {
            foreach (var clause in prepared[document.Id].Where(c => hits.ContainsKey(c.Clause.Id)))
            {
                candidates[clause.Clause.Id] = new CandidateClause(document, clause, CandidateOrigin.Search, hits[clause.Clause.Id]);
            }
        }

        var rankedDocuments = ranked.Concat(named).DistinctBy(d => d.Id).ToList();
        return new RetrievalResult(candidates.Values.ToList(), rankedDocuments, missing, notes);
    }

    private async Task<(Dictionary<Guid, double> Hits, List<NormativeDocument> Ranked)> SearchAsync(
        QuestionAnalysis question, KnowledgeSnapshot snapshot, AccessLevel access, List<string> notes, CancellationToken cancellationToken)
    {
        if (question.SearchText.Length == 0)
        {
            return ([], []);
        }

        var filters = SearchFilters.None;
        if (question.WantsInForce && question.Documents.Count == 0)
        {
            filters = new SearchFilters { InForceOn = question.Date ?? DateOnly.FromDateTime(time.GetLocalNow().Date) };
        }

        var results = await BothAsync(question, snapshot, filters, access, notes, cancellationToken);
        if (results.Hits.Count == 0 && filters.InForceOn is not null)
        {
            notes.Add(question.Language == "ru"
                ? "среди действующих документов ничего не найдено; ответ дан по всем документам"
                : "nothing was found among documents in force; the answer draws on all documents");
            results = await BothAsync(question, snapshot, SearchFilters.None, access, notes, cancellationToken);
        }

        var best = results.Hits.SelectMany(h => h.Clauses).Select(c => c.Score).DefaultIfEmpty(0).Max();
        var hits = new Dictionary<Guid, double>();
        foreach (var (hit, rank) in results.Hits.Select((h, i) => (h, i)))
        {
            foreach (var clause in hit.Clauses)
            {
                var prior = best > 0 ? clause.Score / best : 0;
                hits[clause.ClauseId] = Math.Max(hits.GetValueOrDefault(clause.ClauseId), prior / (1 + (0.1 * rank)));
            }
        }

        var ranked = results.Hits.Select(h => snapshot.ById.GetValueOrDefault(h.DocumentId))
            .OfType<NormativeDocument>()
            .Where(d => KnowledgeSnapshot.IsVisible(d, access))
            .ToList();
        return (hits, ranked);
    }

    /// <summary>
    /// The search over all documents and, when fewer than two of its best documents are in the question's language,
    /// the same search over documents in that language: glossary expansion can let documents in the other language
    /// crowd out those that use the question's own words. Hits of both, interleaved by rank (each document once).
    /// </summary>
    private async Task<SearchResults> BothAsync(
        QuestionAnalysis question, KnowledgeSnapshot snapshot, SearchFilters filters, AccessLevel access, List<string> notes, CancellationToken cancellationToken)
    {
        var all = await RunAsync(question.SearchText, filters, access, notes, cancellationToken);
        var ownLanguage = all.Hits.Take(options.Value.WholeDocuments)
            .Count(h => snapshot.ById.TryGetValue(h.DocumentId, out var d) && d.Language == question.Language);
        if (ownLanguage >= 2)
        {
            return all;
        }

        var own = await RunAsync(question.SearchText, filters with { Languages = [question.Language] }, access, notes, cancellationToken);
        var hits = all.Hits.Select((h, i) => (Hit: h, Rank: i)).Concat(own.Hits.Select((h, i) => (Hit: h, Rank: i)))
            .OrderBy(h => h.Rank)
            .DistinctBy(h => h.Hit.DocumentId)
            .Select(h => h.Hit)
            .ToList();
        return all with { Hits = hits, Total = hits.Count };
    }

    private async Task<SearchResults> RunAsync(
        string text, SearchFilters filters, AccessLevel access, List<string> notes, CancellationToken cancellationToken)
    {
        var query = new SearchQuery
        {
            Text = text,
            Access = access,
            Filters = filters,
            Limit = options.Value.CandidateDocuments,
            ClausesPerDocument = options.Value.ClausesPerDocument,
        };
        try
        {
            return await index.SearchAsync(query, cancellationToken);
        }
        catch (SearchQueryException e)
        {
            notes.Add(e.Message);
            return SearchResults.Empty;
        }
    }

    private async Task<List<NormativeDocument>> RelatedAsync(
        IReadOnlyList<NormativeDocument> named, KnowledgeSnapshot snapshot, AccessLevel access, CancellationToken cancellationToken)
    {
        var related = new List<NormativeDocument>();
        foreach (var document in named)
        {
            var status = await statuses.DescribeAsync(document, access, cancellationToken);
            related.AddRange(status.SupersededBy.Concat(status.Supersedes)
                .Select(l => snapshot.Find(l.Canonical, access))
                .OfType<NormativeDocument>());
        }

        return related;
    }
}
