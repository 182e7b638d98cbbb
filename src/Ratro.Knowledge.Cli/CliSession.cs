using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ratro.Knowledge.Elasticsearch;
using Ratro.Knowledge.Storage;
using Spectre.Console;

namespace Ratro.Knowledge.Cli;

/// <summary>One command's services and output: configuration from appsettings, environment and --data; stdout for results.</summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliSession(ServiceProvider services, ParseResult parse)
    {
        this.services = services;
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

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

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
            }
        });
        collection.AddRatroKnowledge(configuration);
        collection.AddRatroElasticsearch(configuration);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var session = new CliSession(provider, parse);
        if (needsStore)
        {
            await provider.GetRequiredService<KnowledgeDatabase>().EnsureReadyAsync(cancellationToken);
        }

        return session;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

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
