using Ratro.Knowledge.Answers.Status;

namespace Ratro.Knowledge.Answers.Extractive;

/// <summary>
/// The default answerer, without a language model: scores every sentence and table row of the candidate clauses,
/// refuses below the calibrated confidence (or when the clause the question names does not exist), and otherwise
/// composes a short answer in the question's language that quotes the chosen passages verbatim, with citations.
/// </summary>
public sealed class ExtractiveAnswerer(IDocumentStatusDescriber statuses, CitationBuilder citations)
{
    public async Task<Answer> AnswerAsync(AnswerContext context, IEnumerable<string> notes, CancellationToken cancellationToken)
    {
        var question = context.Question;
        var retrieval = context.Retrieval;
        if (question.Documents.Count > 0 && question.Clauses.Count > 0 && retrieval.MissingClauses.Count == question.Clauses.Count)
        {
            var named = ClauseLabels.Document(question.Documents[0].Document);
            var missing = retrieval.MissingClauses.Select(c => AnswerTexts.MissingClause(context.Language, named, c.Written));
            return Refusals.NotFound(context, missing, notes, 0);
        }

        var ranked = await RankAsync(context, cancellationToken);
        var best = ranked.FirstOrDefault();
        var confidence = best?.Confidence ?? 0;
        if (question.AsksStatus && best is not null)
        {
            confidence = Math.Max(confidence, 0.9);
        }

        if (best is null || confidence < context.MinConfidence)
        {
            return Refusals.NotFound(context, [], notes, confidence);
        }

        var chosen = EvidenceSelector.Select(question, ranked, context.Options.MaxCitations).Select(ListContinuation.Extend).ToList();
        var (cited, warnings) = await citations.BuildAsync(chosen, context.Language, context.Access, cancellationToken);
        var lead = question.AsksStatus ? await StatusLeadAsync(context, cancellationToken) : [];
        var text = AnswerComposer.Compose(context, chosen, lead, warnings);
        return new Answer
        {
            Text = text,
            Citations = cited,
            Confidence = Math.Round(confidence, 3),
            Language = context.Language,
            Notes = notes.Concat(retrieval.Notes).Distinct().ToList(),
            Method = AnswerMethods.Extractive,
        };
    }

    /// <summary>All passages of all candidates, best first.</summary>
    public async Task<IReadOnlyList<ScoredPassage>> RankAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var related = new HashSet<string>(StringComparer.Ordinal);
        if (context.Question.AsksStatus)
        {
            foreach (var named in context.Question.Documents)
            {
                var status = await statuses.DescribeAsync(named.Document, context.Access, cancellationToken);
                related.UnionWith(status.SupersededBy.Concat(status.Supersedes).Select(l => l.Canonical));
                related.Add(named.Document.Canonical);
            }
        }

        var clauses = context.Retrieval.Candidates.Where(c => c.Clause.Text.Length > 0).Select(c => new ClauseContext(c)).ToList();
        var support = PassageScorer.OwnLanguageSupport(context.Question, clauses);
        return clauses
            .SelectMany(c => PassageScorer.Score(context.Question, c, related, support))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Clause.Candidate.Document.Canonical, StringComparer.Ordinal)
            .ThenBy(p => p.Clause.Candidate.Clause.Ordinal)
            .ThenBy(p => p.Passage.Start)
            .ToList();
    }

    private async Task<IReadOnlyList<string>> StatusLeadAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var lead = new List<string>();
        foreach (var named in context.Question.Documents)
        {
            var status = await statuses.DescribeAsync(named.Document, context.Access, cancellationToken);
            lead.Add(status.StatusSentence(ClauseLabels.Document(named.Document), context.Language));
        }

        return lead;
    }
}
