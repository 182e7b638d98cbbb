using System.CommandLine;

namespace Ratro.Knowledge.Cli.Commands;

/// <summary>`ratro bench`: measurements of the engine's parts. Each measurement is a subcommand in its own file.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure parts of the engine (quality and speed).");
        command.Subcommands.Add(BenchRefsCommand.Create());
        command.Subcommands.Add(BenchSearchCommand.Create());
        return command;
    }
}
