using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro bench …`: measurements of one part of the system each (see docs/benchmarks.md). Each measurement is a subcommand in its own file.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure a part of the system, quality and speed (see docs/benchmarks.md).");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static IEnumerable<Command> Subcommands() =>
    [
        BenchAskCommand.Create(),
        BenchRefsCommand.Create(),
        BenchSearchCommand.Create(),
        BenchVectorsCommand.Create(),
    ];
}
