using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Elasticsearch;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli;

/// <summary>
/// One command's services and output: configuration from appsettings, environment and --data; stdout for
/// results. The service container is built when a command first asks for a service, so commands that need
/// none (corpus tools) run without it.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly Lazy<ServiceProvider> services;

    private CliSession(Func<ServiceProvider> services, ParseResult parse)
    {
        this.services = new Lazy<ServiceProvider>(services, LazyThreadSafetyMode.ExecutionAndPublication);
        Json = parse.GetValue(CliOptions.Json);
        Verbose = parse.GetValue(CliOptions.Verbose);
        Out = parse.InvocationConfiguration.Output;
        Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out), Interactive = InteractionSupport.Detect });
    }

    public bool Json { get; }

    public bool Verbose { get; }

    public TextWriter Out { get; }

    /// <summary>Spectre console on stdout, for tables and progress meant for people.</summary>
    public IAnsiConsole Console { get; }

    public T Get<T>() where T : notnull => services.Value.GetRequiredService<T>();

    /// <summary>An optional service: null when it is not registered (e.g. the embedding generator with embeddings off).</summary>
    public T? Find<T>() where T : class => services.Value.GetService<T>();

    public static async Task<CliSession> OpenAsync(ParseResult parse, bool needsStore, CancellationToken cancellationToken)
    {
        var configuration = BuildConfiguration(parse);
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            if (parse.GetValue(CliOptions.Verbose))
            {
                logging.AddSimpleConsole(o => o.SingleLine = true);
                logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                logging.SetMinimumLevel(LogLevel.Information);
                logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
            }
        });
        collection.AddRatroKnowledge(configuration);
        collection.AddRatroElasticsearch(configuration);
        var session = new CliSession(() => collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), parse);
        if (needsStore)
        {
            await session.Get<KnowledgeDatabase>().EnsureReadyAsync(cancellationToken);
        }

        return session;
    }

    public ValueTask DisposeAsync() => services.IsValueCreated ? services.Value.DisposeAsync() : ValueTask.CompletedTask;

    private static IConfigurationRoot BuildConfiguration(ParseResult parse)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("RATRO_");
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(CliOptions.Data) is { } data)
        {
            overrides["Storage:DataDirectory"] = data;
        }

        return builder.AddInMemoryCollection(overrides).Build();
    }
}
