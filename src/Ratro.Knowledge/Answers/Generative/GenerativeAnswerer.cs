using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Retrieval;

namespace Ratro.Knowledge.Answers.Generative;

/// <summary>
/// Answers with a language model through Semantic Kernel: the embedded prompt filled with the best retrieved clauses
/// (numbered), then every citation validated against those clauses (<see cref="CitationValidator"/>). The model's
/// not-found token gives a refusal. An endpoint that is down, slow (timeout) or returns nothing usable gives the
/// extractive answer with a note — never an exception; only the caller's own cancellation is passed on. A question
/// the extractive answerer refuses for low confidence is refused without calling the model.
/// </summary>
public sealed class GenerativeAnswerer(
    AnswerChatClient chat,
    AnswerKernelFactory kernels,
    ExtractiveAnswerer extractive,
    CitationBuilder citations,
    IOptions<AnswerOptions> options,
    ILogger<GenerativeAnswerer> logger)
{
    public bool Enabled => chat.Client is not null;

    public async Task<Answer> AnswerAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var ranked = await extractive.RankAsync(context, cancellationToken);
        if (chat.Client is null || ranked.Count == 0 || ranked[0].Confidence < context.MinConfidence && !context.Question.AsksStatus)
        {
            return await extractive.AnswerAsync(context, [], cancellationToken);
        }

        var given = ranked.Select(p => p.Clause.Candidate).DistinctBy(c => c.Clause.Id).Take(options.Value.Chat.ContextClauses).ToList();
        var (generated, failure) = await GenerateAsync(chat.Client, context, given, cancellationToken);
        if (failure is not null)
        {
            return await extractive.AnswerAsync(context, [failure], cancellationToken);
        }

        var validated = CitationValidator.Validate(generated!, given, context.Language);
        if (validated.NotFound)
        {
            return Refusals.NotFound(context, [], [], ranked[0].Confidence) with { Method = AnswerMethods.Generative };
        }

        if (validated.Cited.Count == 0)
        {
            return await extractive.AnswerAsync(context, [.. validated.Removed, AnswerTexts.ChatUnusable(context.Language)], cancellationToken);
        }

        var passages = validated.Cited.Select(c => Passage(c.Clause, c.Quote, ranked)).ToList();
        var (cited, warnings) = await citations.BuildAsync(passages, context.Language, context.Access, cancellationToken);
        return new Answer
        {
            Text = string.Join(' ', new[] { validated.Text }.Concat(warnings)),
            Citations = cited,
            Confidence = Math.Round(ranked[0].Confidence, 3),
            Language = context.Language,
            Notes = validated.Removed.Concat(context.Retrieval.Notes).Distinct().ToList(),
            Method = AnswerMethods.Generative,
        };
    }

    private async Task<(string? Text, string? Failure)> GenerateAsync(
        Microsoft.Extensions.AI.IChatClient client, AnswerContext context, IReadOnlyList<CandidateClause> given, CancellationToken cancellationToken)
    {
        var settings = options.Value.Chat;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var kernel = kernels.Create(client, context.Access);
        var arguments = new KernelArguments(new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object> { ["temperature"] = 0.0, ["max_tokens"] = settings.MaxOutputTokens },
        })
        {
            ["question"] = context.Question.Text,
            ["clauses"] = AnswerPrompt.Clauses(given, context.Language),
            ["language_name"] = AnswerPrompt.LanguageName(context.Language),
            ["not_found"] = AnswerPrompt.NotFoundToken,
        };
        try
        {
            var result = await kernel.InvokePromptAsync(AnswerPrompt.Template, arguments, cancellationToken: timeout.Token);
            var text = result.GetValue<string>() ?? result.ToString();
            return string.IsNullOrWhiteSpace(text) ? (null, AnswerTexts.ChatUnusable(context.Language)) : (text, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Answers: the chat endpoint did not answer within {Seconds} s", settings.TimeoutSeconds);
            return (null, AnswerTexts.ChatTimedOut(context.Language));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Answers: the chat endpoint failed: {Message}", e.Message);
            return (null, AnswerTexts.ChatUnavailable(context.Language));
        }
    }

    /// <summary>The passage a citation stands for: the verified quote, else the best passage of that clause for the question.</summary>
    private static ScoredPassage Passage(CandidateClause clause, string? quote, IReadOnlyList<ScoredPassage> ranked)
    {
        var best = ranked.First(p => p.Clause.Candidate.Clause.Id == clause.Clause.Id);
        if (quote is null)
        {
            return best;
        }

        var start = clause.Clause.Text.IndexOf(quote, StringComparison.Ordinal);
        return best with { Passage = new Passage(Math.Max(start, 0), quote.Length, quote, false) };
    }
}
