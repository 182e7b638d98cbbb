using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Generative;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers;

/// <summary>
/// Answers questions: checks the question, reads it (<see cref="QuestionAnalyzer"/>), retrieves candidate clauses
/// the caller may read (<see cref="AnswerRetriever"/>), and answers with the generative answerer when a chat endpoint
/// is configured and allowed, else — and whenever that one fails — with the extractive one.
/// </summary>
public sealed class AnswerService(
    KnowledgeSnapshotProvider snapshots,
    QuestionAnalyzer analyzer,
    AnswerRetriever retriever,
    ExtractiveAnswerer extractive,
    GenerativeAnswerer generative,
    IOptions<AnswerOptions> options,
    ILogger<AnswerService> logger) : IAnswerService
{
    public async Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var requestOptions = Normalize(request.Options ?? AnswerRequestOptions.Default);
        var raw = request.Question ?? "";
        var language = QuestionLanguage.Choose(request.Language, raw);
        if (QuestionCheck.Refuse(raw, language, settings.MaxQuestionLength) is { } invalid)
        {
            return invalid;
        }

        var question = QuestionCheck.Clean(raw);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var analysis = analyzer.Analyze(question, language, snapshot, request.Access);
        var retrieval = await retriever.RetrieveAsync(analysis, snapshot, request.Access, cancellationToken);
        var context = new AnswerContext(analysis, retrieval, language, request.Access, requestOptions, requestOptions.MinConfidence ?? settings.MinConfidence);
        var answer = generative.Enabled && requestOptions.Mode != AnswerMode.Extractive
            ? await generative.AnswerAsync(context, cancellationToken)
            : await extractive.AnswerAsync(context, [], cancellationToken);
        logger.LogDebug("Answered ({Method}, refused: {Refused}, confidence {Confidence}) with {Citations} citations",
            answer.Method, answer.Refused, answer.Confidence, answer.Citations.Count);
        return answer;
    }

    /// <summary>The analysis, retrieval and the best passages for a question, without composing an answer (diagnostics: <c>ratro ask --explain</c>).</summary>
    public async Task<AnswerExplanation?> ExplainAsync(AnswerRequest request, int passages, CancellationToken cancellationToken)
    {
        var raw = request.Question ?? "";
        var language = QuestionLanguage.Choose(request.Language, raw);
        if (QuestionCheck.Refuse(raw, language, options.Value.MaxQuestionLength) is not null)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var analysis = analyzer.Analyze(QuestionCheck.Clean(raw), language, snapshot, request.Access);
        var retrieval = await retriever.RetrieveAsync(analysis, snapshot, request.Access, cancellationToken);
        var context = new AnswerContext(analysis, retrieval, language, request.Access, AnswerRequestOptions.Default, options.Value.MinConfidence);
        var ranked = await extractive.RankAsync(context, cancellationToken);
        return new AnswerExplanation(analysis, retrieval, ranked.Take(passages).ToList());
    }

    private static AnswerRequestOptions Normalize(AnswerRequestOptions options) => options with
    {
        MaxCitations = Math.Clamp(options.MaxCitations, 1, 10),
        ClosestDocuments = Math.Clamp(options.ClosestDocuments, 0, 10),
    };
}
