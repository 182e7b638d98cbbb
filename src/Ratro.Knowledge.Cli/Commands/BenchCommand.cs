using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro bench …`: measurements of one part of the system each, printed as Markdown (or JSON with --json).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure a part of the system (see docs/benchmarks.md).");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands() =>
    [
        BenchVectorsCommand.Create(),
    ];
}
