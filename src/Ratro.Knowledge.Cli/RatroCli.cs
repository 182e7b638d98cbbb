using System.CommandLine;
using Ratro.Knowledge.Cli.Commands;

namespace Ratro.Knowledge.Cli;

/// <summary>The `ratro` command line: batch work on the same services the web site uses, without HTTP.</summary>
public static class RatroCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Ratro.Knowledge — normative documents of radiation oncology and radiation safety.");
        root.Options.Add(CliOptions.Data);
        root.Options.Add(CliOptions.Json);
        root.Options.Add(CliOptions.Verbose);
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parse = Build().Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
