using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Ratro.Knowledge.Answers.Evaluation;
using Ratro.Knowledge.Answers.Extractive;
using Ratro.Knowledge.Answers.Generative;
using Ratro.Knowledge.Answers.Knowledge;
using Ratro.Knowledge.Answers.Plugins;
using Ratro.Knowledge.Answers.Questions;
using Ratro.Knowledge.Answers.Retrieval;
using Ratro.Knowledge.Answers.Status;
using Ratro.Knowledge.Storage;

namespace Ratro.Knowledge.Answers;

public static class AnswerServiceCollectionExtensions
{
    /// <summary>
    /// Questions and answers: options (<c>Answers</c>, <c>Answers:Chat</c>, validated at start), the snapshot of the
    /// store (kept in step with it as a change listener), retrieval, the extractive and generative answerers, the
    /// knowledge-base plugin, and the seams — <see cref="IDocumentStatusDescriber"/> and <see cref="AnswerChatClient"/>
    /// — which a host replaces by registering its own first.
    /// </summary>
    public static IServiceCollection AddRatroAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnswerOptions>().Bind(configuration.GetSection("Answers")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnswerOptions>, AnswerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentStatusDescriber, RecordStatusDescriber>();
        services.TryAddSingleton(sp => new AnswerChatClient(ChatClientFactory.Create(sp.GetRequiredService<IOptions<AnswerOptions>>().Value.Chat)));
        services.AddSingleton<GlossarySource>();
        services.AddSingleton<KnowledgeSnapshotProvider>();
        services.AddSingleton<IDocumentChangeListener>(sp => sp.GetRequiredService<KnowledgeSnapshotProvider>());
        services.AddSingleton<QuestionAnalyzer>();
        services.AddSingleton<ClauseCache>();
        services.AddSingleton<IDocumentChangeListener>(sp => sp.GetRequiredService<ClauseCache>());
        services.AddSingleton<AnswerRetriever>();
        services.AddSingleton<CitationBuilder>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<KnowledgeBasePluginFactory>();
        services.AddSingleton<AnswerKernelFactory>();
        services.AddSingleton<GenerativeAnswerer>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<AnswerService>());
        services.AddSingleton<AnswerEvaluator>();
        services.AddSingleton<AnswerBenchmark>();
        return services;
    }
}
