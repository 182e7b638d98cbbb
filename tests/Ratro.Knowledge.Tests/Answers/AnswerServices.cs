using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ratro.Knowledge.Answers;
using Ratro.Knowledge.Answers.Generative;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Search;
using Ratro.Knowledge.Storage;
using Ratro.Knowledge.Tests.Support;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>The services the CLI and the web use, on a data directory, with the repository's glossary and optionally a scripted chat client.</summary>
public sealed class AnswerServices : IAsyncDisposable
{
    private AnswerServices(ServiceProvider provider, string data)
    {
        Provider = provider;
        Data = data;
    }

    public ServiceProvider Provider { get; }

    public string Data { get; }

    public IAnswerService Answers => Provider.GetRequiredService<IAnswerService>();

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public static async Task<AnswerServices> OpenAsync(string data, IChatClient? chat = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data,
            ["Search:GlossaryPath"] = Path.Combine(RepositoryPaths.Corpus, "glossary.tsv"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (chat is not null)
        {
            services.AddSingleton(new AnswerChatClient(chat));
        }

        var provider = services.AddRatroKnowledge(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(TestContext.Current.CancellationToken);
        return new AnswerServices(provider, data);
    }

    /// <summary>Stores documents through the store and the change listeners, as ingestion does.</summary>
    public async Task StoreAsync(params NormativeDocument[] documents)
    {
        var store = Get<DocumentStore>();
        foreach (var document in documents)
        {
            document.Source = new SourceFile { FileName = $"{document.Slug}.md", Sha256 = Sha(document.Canonical), Format = "markdown" };
            var (_, stored) = await store.SaveAsync(document, "x"u8.ToArray(), TestContext.Current.CancellationToken);
            foreach (var listener in Provider.GetServices<IDocumentChangeListener>())
            {
                await listener.OnDocumentChangedAsync(stored.Canonical, TestContext.Current.CancellationToken);
            }
        }
    }

    public Task<Answer> AskAsync(string question, AccessLevel access = AccessLevel.Public, AnswerMode mode = AnswerMode.Auto) =>
        Answers.AskAsync(new AnswerRequest(question, null, access, new AnswerRequestOptions { Mode = mode }), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Provider.GetRequiredService<ISearchIndex>().DisposeAsync();
        await Provider.DisposeAsync();
    }

    private static string Sha(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
