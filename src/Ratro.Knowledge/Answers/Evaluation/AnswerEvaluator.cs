using System.Diagnostics;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// Runs evaluation questions through the answer service and checks each answer against the store: the rank of the
/// expected document, the expected fact, and every citation (its quote must be a verbatim span of the cited clause).
/// </summary>
public sealed class AnswerEvaluator(IAnswerService answers, KnowledgeSnapshotProvider snapshots, ClauseCache clauses)
{
    /// <summary>Answers every question (in file order in the result); <paramref name="parallelism"/> questions at a time (1 keeps per-question times meaningful).</summary>
    public async Task<IReadOnlyList<QuestionResult>> RunAsync(
        IReadOnlyList<EvaluationQuestion> questions, AccessLevel access, double? minConfidence, CancellationToken cancellationToken, int parallelism = 1)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var results = new QuestionResult[questions.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, questions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (i, token) => results[i] = await RunOneAsync(questions[i], snapshot, access, minConfidence, token));
        return results;
    }

    private async Task<QuestionResult> RunOneAsync(
        EvaluationQuestion question, KnowledgeSnapshot snapshot, AccessLevel access, double? minConfidence, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var answer = await answers.AskAsync(
            new AnswerRequest(question.Question, null, access, new AnswerRequestOptions { Mode = AnswerMode.Extractive, MinConfidence = minConfidence }),
            cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var checks = new List<CitationCheck>();
        foreach (var citation in answer.Citations)
        {
            var clause = (await ClausesOfAsync(citation.Canonical, snapshot, cancellationToken)).FirstOrDefault(c => c.Key == citation.Clause.Key);
            checks.Add(new CitationCheck(
                citation.Canonical,
                citation.Clause.Key,
                clause is not null && clause.Text.Contains(citation.Quote, StringComparison.Ordinal),
                question.ExpectedDocuments.Contains(citation.Canonical, StringComparer.Ordinal),
                question.ExpectedFact is { } fact && citation.Quote.Contains(fact, StringComparison.OrdinalIgnoreCase)));
        }

        var ranked = answer.Citations.Select(c => c.Canonical).Concat(answer.ClosestDocuments.Select(d => d.Canonical)).Distinct(StringComparer.Ordinal).ToList();
        var rank = ranked.FindIndex(c => question.ExpectedDocuments.Contains(c, StringComparer.Ordinal));
        var language = QuestionLanguage.Detect(question.Question);
        return new QuestionResult(
            question,
            language,
            question.Answerable && question.ExpectedDocuments.All(c => snapshot.ByCanonical.TryGetValue(c, out var d) && d.Language != language),
            answer.Refused,
            answer.RefusalReason is { } reason ? EnumNames.ToName(reason) : null,
            answer.Confidence,
            ranked,
            rank < 0 ? null : rank + 1,
            FactFound(question, answer),
            checks,
            answer.Text,
            Math.Round(elapsed, 2));
    }

    private static bool? FactFound(EvaluationQuestion question, Answer answer)
    {
        if (question.ExpectedFact is not { } fact || !question.Answerable)
        {
            return null;
        }

        return !answer.Refused
            && (answer.Text.Contains(fact, StringComparison.OrdinalIgnoreCase)
                || answer.Citations.Any(c => c.Quote.Contains(fact, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<IReadOnlyList<Clause>> ClausesOfAsync(string canonical, KnowledgeSnapshot snapshot, CancellationToken cancellationToken) =>
        snapshot.ByCanonical.TryGetValue(canonical, out var document)
            ? (await clauses.OfDocumentsAsync([document], cancellationToken))[document.Id].Select(p => p.Clause).ToList()
            : [];
}
