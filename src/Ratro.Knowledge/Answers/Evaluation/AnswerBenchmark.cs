using System.Diagnostics;
using Ratro.Knowledge.Documents;

namespace Ratro.Knowledge.Answers.Evaluation;

/// <summary>
/// Times extractive answers end to end (question analysis, hybrid search including the query embedding when
/// embeddings are on, clause reads, scoring, citations): one untimed warm-up pass over the questions, then
/// <c>runs</c> timed passes.
/// </summary>
public sealed class AnswerBenchmark(IAnswerService answers)
{
    public async Task<LatencyReport> RunAsync(IReadOnlyList<EvaluationQuestion> questions, int runs, bool embeddings, CancellationToken cancellationToken)
    {
        var options = new AnswerRequestOptions { Mode = AnswerMode.Extractive };
        foreach (var question in questions)
        {
            await answers.AskAsync(new AnswerRequest(question.Question, null, AccessLevel.Public, options), cancellationToken);
        }

        var times = new List<double>(questions.Count * runs);
        for (var run = 0; run < runs; run++)
        {
            foreach (var question in questions)
            {
                var clock = Stopwatch.StartNew();
                await answers.AskAsync(new AnswerRequest(question.Question, null, AccessLevel.Public, options), cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return LatencyReport.Of(times, embeddings);
    }
}
